"""Events: who did what to whom and when, one row per distinct event, with its evidence.

The rules, in reading order (docs/vocabulary.md has the details and the vocabulary):

1. **Triggers and objects.** Every sentence is scanned once for verb forms / nominalisations of the
   action vocabulary (``data/actions.yaml``) and for object phrases (hotline, liaison office, talks,
   military exercises...). A sentence without a trigger costs one regex search.
2. **Verb + object decide the category.** A trigger pairs with an object when a pattern lists the pair:
   after an active verb ("cut the hotline", at most :data:`MAX_GAP` words apart), before a passive or
   intransitive one ("the office was demolished", "talks collapsed", "..., which broke down"), through
   "of" after a nominalisation ("the demolition of the office") or right before it ("hotline
   restoration"). The first compatible object wins, so "resumed military exercises" is an escalation,
   never a restoration. A participle used as an adjective ("the previously suspended channels", "the
   cutoff lines") is no event. Coordinated verbs ("cut the hotline, resumed exercises and demolished
   the office") each make a mention with the shared subject and date.
3. **Status** from cues in the clause before the trigger: negation right before the verb gives
   ``denied`` (or what the pattern says: "did not answer" is a break that happened); else the nearest
   cue: ``threatened`` ("threatened to", "warned it would"), ``announced`` ("will", "decided to",
   "said it would"), ``planned`` ("plans to", "aims to", "agreed to"), ``hypothetical`` ("would",
   "could", "if"), ``denied`` ("denied"); else ``happened``. In a headline, "to" right before the verb
   ("N. Korea to cut hotline") is ``announced``. A cue verb governing another event ("pledged to
   improve ties") makes no row of its own.
4. **Actor** = the nearest actor mention before the verb that can be a subject (not after a
   preposition, not a possessive unless an agent noun follows, not a demonym before a name, not a news
   outlet except for criticism / threats); "A and B met" gives actor A and target B; a pronoun subject
   takes the last subject of the previous sentence of the paragraph. Passives take the "by X" agent;
   intransitive channel events ("talks collapsed") have no actor. **Target** = the first actor after the
   trigger (or its object) in the clause that follows a preposition, or directly follows a verb
   without object. Actors come from :mod:`koreadiplo.actors`; people carry their country.
5. **Date** = the date mention (:mod:`koreadiplo.dates`) in the trigger's clause nearest the trigger;
   else one in an attached "after / before / when" clause; else the nearest in the sentence. Month-day
   dates without a year ("On June 9") are settled by the reference chronology
   (:func:`koreadiplo.chronology.settle_date`) for breaks, restorations and meetings. A sentence
   without date words inherits the date of the previous sentence of the same paragraph (rule
   ``inherited``) when the event happened and that sentence had a date; otherwise the publication
   date stands in with precision ``reported`` (never a made-up day).
6. **Merging.** Mentions with the same category, object class and status family (happened / intent /
   threatened / hypothetical / denied) whose actors' countries agree (or one is unknown) and whose
   dates overlap (a month with a part word, "mid-July", only on the days it leaves likely) are one event:
   the most precise date is kept, the first mention is the evidence, ``n_mentions`` counts them (never two finite
   verbs of one sentence joined by "and" with different actions: "barred ... and then withdrew ..." are two). A
   ``reported`` mention joins a dated event only when that event ended within :data:`RECENT_DAYS` days of
   publication (a headline about today's news). A headline verb that
   fits no event as it reads joins the body's break or restoration of the same side told as announced or
   planned ("N. Korea suspends tours" over "said it will halt tours"), or of a line named by its kind ("cuts
   last military line" over "cut its last communication line"), when that event is today's news.
7. **Undated background.** A break or restoration told only as having happened, with no date words in any of its
   mentions, is left out of the events table when the article dates some event (the publication day would be a
   made-up date for it: "The North has also severed its channels one by one"); its mentions stay in the mentions
   table with an event id '<article_id>:U<n>', and ``extract_events(..., include_undated=True)`` gives it back as a
   row. An article that dates nothing keeps its undated events (today's news told without a day).

Where the parts live: the action vocabulary in :mod:`koreadiplo.actions`, the :class:`Mention` record and the word
patterns shared by the rules in :mod:`koreadiplo.mentions`. This module holds the public functions, the article-level
reading (:func:`extract_mentions_list`) and ``_SentenceReader``, which finds a sentence's triggers and makes each
paired trigger a mention (:meth:`_SentenceReader._mention`); the rules are mixed into it from
:mod:`~koreadiplo.event_pairing` (rule 2: the object a trigger takes), :mod:`~koreadiplo.event_objects` (object
phrases, what a pronoun or "the line" stands for, coordinated objects), :mod:`~koreadiplo.event_subjects` (rule 4),
:mod:`~koreadiplo.event_dates` (rule 5), :mod:`~koreadiplo.event_gaps` (talks or reunions after a gap, talks due that
did not take place, a gap that began on a day), :mod:`~koreadiplo.event_summits` (summits named with their date) and
:mod:`~koreadiplo.event_works` (work begun on the links). :mod:`~koreadiplo.event_status` reads rule 3 and
:mod:`~koreadiplo.event_merge` does rule 6.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .actions import ActionVocabulary as ActionVocabulary
from .actions import Pattern
from .actions import load_actions as load_actions
from .actors import ActorMatch, ActorVocabulary, load_actors
from .dates import DateMention, _month_end, named_occasion_spans
from .event_dates import (
    _POSTPONE_LEMMAS,
    _PUT_OFF_LEMMAS,
    MEETING_NOUNS,
    DateRules,
    ago_heading_day,
    carried_entry_lead,
    entry_day,
    history_list_day,
    other_heading,
    timeline_entry_lead,
    timeline_lead_is_year,
    year_heading,
    year_heading_line,
    yearless_lead,
)
from .event_gaps import _CO_HEADS, GapsMixin
from .event_merge import _GOING_ON, undated_background
from .event_merge import RECENT_DAYS as RECENT_DAYS
from .event_merge import merge_mentions as merge_mentions
from .event_objects import ObjectsMixin, _find, _last_line_class, _shared_line_head, line_classes, meant_lines
from .event_pairing import _PARTIES_GAP, _SINCE_DATE_AFTER, _TRAINS_AFTER_RUN, _TRAINS_RAN_BEFORE, PairingMixin
from .event_pairing import MAX_BACK_GAP as MAX_BACK_GAP
from .event_pairing import MAX_GAP as MAX_GAP
from .event_pairing import MAX_INTRANS_GAP as MAX_INTRANS_GAP
from .event_status import _APPEAL_VERBS, _IRREGULAR_PAST, _SHELVED_PLAN, _cue_status, _status
from .event_subjects import SubjectsMixin, _LazySubject
from .event_summits import SummitsMixin
from .event_works import WorksMixin
from .mentions import (
    _BOUNDARY,
    _DETERMINERS,
    _FUTURE_STATUSES,
    _LINE_CLASSES,
    _PARENTHETICAL,
    _SETTLED_CATEGORIES,
    _SUBORDINATE,
    COUNT_WORDS,
    _Trig,
    _words,
)
from .mentions import Mention as Mention
from .mentions import SentenceContext as SentenceContext
from .mentions import find_date_mentions as find_date_mentions

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "reported": 0}
_DELIBERATIVE_LEMMAS = frozenset({"reconsider", "rethink"})
#: statuses of what is not (yet) done
_NOT_DONE = frozenset({"planned", "announced", "hypothetical"})
#: a trigger in the perfect ("has stood idle", "have been closed") and what would make it no fact ("would have been
#: closed", "if the park has been idle")
_PERFECT_STATE = re.compile(r"(?:has|have|had)\s")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$")
_PERFECT_KEPT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:kept|left)\s+(?:[\w'\u2019-]+\s+){1,5}$")
_MODAL_BEFORE_PERFECT = re.compile(r"\b(?:would|could|might|may|must|should|will|if|unless|once)\s+(?:\w+\s+)?$")
_TALKS_ON_BEFORE = re.compile(
    # ("holding talks with North Korea on Sept. 25 on restarting the tours")
    r"\b(?:talks|negotiations|discussions|consultations|dialogue)\b(?:\s+[\w'.-]+){0,7}?\s+(?:on|about|over|regarding)\s+$"
)
_NOT_STOPPED = re.compile(r"(?:\b(?:not|never)|n['\u2019]t)\s+(?:\w+\s+)?(?:stopped|stop|stops|ceased)\s+$")
# people who came back from a joint site ("The last seven South Koreans came home on May 3")
_HOMECOMING = frozenset({"come home", "cross back", "leave"})
# what fewer people are let into, named after them: a joint site or the border ("allowed to stay at the industrial
# park", "allowed across the border"), not any park ("allowed into its parks")
_BORDER_OR_SITE = re.compile(
    r"\b(?:border|demarcation\s+line|dmz|(?:industrial|factory|joint)\s+(?:park|zone|complex)|resort)\b")
# people kept from crossing the border itself, not into a site across it
_FROM_CROSSING_BORDER = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+from\s+crossing\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:border|demarcation\s+line|dmz|demilitarized\s+zone)\b"
)
_FROM_AN_OFFICE = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:from|out\s+of)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?offices?\b"
)
# a side that did not come to talks that were to meet on a day ("stayed away from the talks that were to open")
_NO_SHOW_ACTIONS = frozenset({"stay away from", "fail to show up for", "skip", "boycott", "shun", "back out of"})
_WERE_TO_OPEN = re.compile(r"\b(?:was|were)\s+(?:(?:due|scheduled|set|supposed|slated)\s+)?to\b")
_REL_AFTER_OBJECT = re.compile(r"\s*,?\s*(?:that|which)\s+(?:was|were)\b")
_AGAIN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:again|once\s+more)\b")
# the topic of a phrase ("talks on the details of the reunions")
# (not "the last round of reunions", "four days of reunions": those are the reunions)
_TOPIC_OF = re.compile(
    r"\b(?<!round\s)(?<!rounds\s)(?<!days\s)(?<!series\s)(?:on|over|about|of)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
_COUNTED_BEFORE = re.compile(rf"\b{COUNT_WORDS}\s+(?:[\w-]+\s+){{0,2}}$")
# people kept "from entering" with no site named ("barred South Koreans from entering on April 3")
_SITELESS_ENTRY = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+from\s+entering\b(?:\s+it)?(?!\s+(?:the|its)\b)"
)
# ", before ...", ", then ...": what follows is a next step, not part of the habit named before the comma
_NEXT_STEP = re.compile(r",\s*(?:before|after|then|until|and\s+then|only\s+to)\b")
_SITE_AFTER = re.compile(r"\s+(?:at|of)\b")
# operations that are not the factories' ("military operations", "rescue operations", "joint operations")
_OTHER_OPERATIONS = re.compile(
    r"\b(?:military|rescue|search|combat|naval|joint|covert|intelligence|special|salvage|peacekeeping|recovery|relief|"
    r"air|ground|mining|missile|nuclear|tour|tourism|ferry|flight|rail|train|port|shipping|reactor|test|propaganda)"
    r"\s+$")
# what joins two verbs: a comma or "and" / "or" / "but"
_COORD_JOIN = re.compile(r",|\b(?:and|or|but)\b")
# what opens another clause: ", but", "; "
_OTHER_CLAUSE = re.compile(r",\s*(?:but|and|while|yet|though|although)\b|;")
# "sent no delegation": the object denied by its determiner
_NO_BEFORE_OBJECT = re.compile(r"\s+no\s+")
_NO_MORE_BEFORE_OBJECT = re.compile(r"\s+no\s+(?:more|further)\s+(?:[\w-]+\s+){0,2}")
_PLANS_FOR_BEFORE = re.compile(r"\bplans?\s+for\s+(?:(?:a|an|the|their)\s+)?(?:(?:first|second|third)\s+)?$")
# "no talks have taken place", "no such meeting has taken place": nothing of the kind up to now (the subject's "no")
_NO_SUBJECT_PERFECT = re.compile(
    r"\bno\s+[^,;:]{0,40}?\s(?:has|have)\s+(?:yet\s+|so\s+far\s+|ever\s+)?$"
)
# a single sitting of talks, which ends without breaking them off ("ends first session", "ended the round")
_SITTING = re.compile(r"\b(?:session|sessions|round|rounds|meeting|meetings|sitting|plenary)$")
# a particle verb split by a pronoun object: "called it off", "cut them off", "shut it down", "put it off"
#: A date between "ended" and "without agreement" ("the talks ended in March without agreement")
# the meeting a date was (not) set for, read whole so that a time moved after it does not split it ("ended on Friday
# without a date for another round")
_NEXT_MEETING = (
    r"(?:\s+set)?(?:\s+(?:for|to)\s+(?:(?:another|the\s+next|a\s+new|a\s+further|further|a\s+second)\s+"
    r"(?:round|meeting|session|talks)|meet\s+again|reconvene))?"
)
# what talks end without: "without agreement", "without any deal", "without a joint statement", "without reaching
# an agreement", "without narrowing their differences" (each is also a spelling of "end without a deal")
_WITHOUT_DEAL = (
    # (a word that weighs the missing thing: "without a single agreement", "without tangible results")
    # ("without even a joint statement")
    r"(without\s+(?:even\s+)?(?:(?:an?|any)\s+)?(?:(?:single|tangible|substantive|concrete|meaningful|significant|major|real)\s+)?"
    r"(?:agreement|deal|accord|breakthrough|progress|results?|outcome|joint\s+statement|"
    r"agreed\s+statement|joint\s+communiqu[e\u00e9]|joint\s+(?:document|declaration)|agenda|signing|"
    r"reaching\s+(?:(?:an?|any)\s+)?agreement|agreeing\s+(?:on|to)|narrowing\s+(?:their\s+|the\s+)?(?:differences|gap)|"
    rf"(?:(?:setting|fixing)\s+)?a\s+date{_NEXT_MEETING})"
    # ("ended on Oct. 19 with nothing agreed except a date for the next round", "with nothing on paper")
    rf"|with\s+nothing\s+(?:agreed|signed|on\s+paper)|with\s+no\s+document\s+signed|with\s+no\s+date{_NEXT_MEETING}"
    r"|with\s+no\s+(?:(?:tangible|substantive|concrete|meaningful|significant|major|real)\s+)?"
    # ("ended in Seoul on Dec. 13 with no joint document")
    r"(?:agreement|deal|accord|progress|breakthrough|results?|outcome|joint\s+(?:statement|document|declaration)|date\s+for|"
    r"sign\s+of\s+(?:a\s+)?(?:breakthrough|progress))"
    r"|without\s+any\s+sign\s+of\s+(?:a\s+)?(?:breakthrough|progress)"
    r"|in\s+(?:acrimony|a\s+deadlock|deadlock|a\s+stalemate|stalemate|discord|a\s+walk-?out|a\s+shouting\s+match))\b"
)
_MONTH_OR_DAY = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|"
    r"aug\.|sept?\.|oct\.|nov\.|dec\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4})"
)
# how long a sitting lasted ("about two hours", "just over an hour", "four and a half hours")
_LENGTH = (
    r"(?:about\s+|nearly\s+|some\s+|only\s+|just\s+|over\s+|more\s+than\s+|less\s+than\s+){0,2}(?:an?|\w+)"
    r"(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes?|days?)"
)
_DATE_IN_ENDED = re.compile(
    # "ended Thursday", "ended in March", "ended in Lausanne, Switzerland, on June 11", "closed in Seoul Wednesday",
    # "ended this month", "ended last week"
    rf"\b(ended|ends|end|closed|adjourned|broke\s+(?:up|off)|breaks\s+(?:up|off)|wrapped\s+up|concluded|parted)(\s+)"
    # (not a way of ending that is itself a tail: "ended in a shouting match with no date set for another")
    rf"((?!(?:{_WITHOUT_DEAL[1:]})(?:(?:in|on|at)\s+[\w.'\u2019-]+|{_MONTH_OR_DAY}|abruptly|late|early|here|there|"
    r"(?:a|one|two)\s+days?\s+(?:early|late)|"
    # "ended after eight hours", "ended after about an hour and a half", "broke off two days later"
    rf"after\s+{_LENGTH}(?:\s+and\s+a\s+half)?|(?:a|one|two|three|four|five|\w+)\s+days?\s+later|"
    r"this|that|last|earlier|yesterday|today)"
    # (a length after the day: "ended on Thursday after just over two hours without agreement")
    rf"(?:(?!,?\s+(?:without|and|but|while|after(?!\s+{_LENGTH}\b)|when|because|as|with|which|who)\b|"
    r",\s*(?:the|a|an|its|their|they|he|she|it|we)\b),?\s+[\w.'\u2019-]+){0,10}?)"
    rf"(\s+){_WITHOUT_DEAL}"
)
_OBJECT_IN_ENDED = re.compile(
    r"\b(ended|ends|end|closed|wrapped\s+up|wraps\s+up|concluded)(\s+)((?:their|the|its|a|an|two|three|four|five)\s+(?:(?!without\b)[\w'\u2019.-]+\s+){0,14}?)"
    + _WITHOUT_DEAL
)
# "failed again Monday to agree", "failed Friday to reach a deal", "failed in mid-May to agree": read as "failed to
# agree again Monday"
_TIME_IN_FAILED = re.compile(
    r"\b(failed|fails|fail)(\s+)((?:(?:once\s+)?again\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|today)|(?:once\s+)?again"
    # ("failed in mid-May to agree", "failed on May 18 to agree")
    r"|in\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|on\s+(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2})"
    r"(\s+)(to\s+(?:agree|reach\s+(?:(?:an?|any)\s+)?"
    r"(?:agreement|deal)|narrow\s+their\s+differences|strike\s+a\s+deal))\b"
)
_TIME_IN_GO_AHEAD = re.compile(
    r"\b((?:go|goes|going|gone|went)\s+ahead)(\s+)((?:(?:later|early|late)\s+)?(?:this|next)\s+(?:week|month|year)"
    r"|(?:on|in|from)\s+[a-z]+(?:\s+\d{1,2})?|as\s+(?:planned|scheduled))(\s+)(with)\b"
)
_SPLIT_PARTICLE = re.compile(
    r"\b((?:call(?:s|ed|ing)?|put(?:s|ting)?|cut(?:s|ting)?|shut(?:s|ting)?|break(?:s|ing)?|broke|"
    r"pull(?:s|ed|ing)?|switch(?:es|ed|ing)?|turn(?:s|ed|ing)?|tear(?:s|ing)?|tore|torn)\s)(it|them)(\s)(off|down)\b"
    # "blew it up", "picked it up", "ripped them up"
    r"|\b((?:blow(?:s|n|ing)?|blew|pick(?:s|ed|ing)?|rip(?:s|ped|ping)?|tear(?:s|ing)?|tore|torn)\s)(it|them)(\s)(up)\b"
)
# a particle verb split by a noun object: "put the summit off", "called the talks off" (read as "put off the summit")
_SPLIT_NOUN_OFF = re.compile(
    r"\b((?:call(?:s|ed|ing)?|put(?:s|ting)?)\s)((?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|summit|meetings?|round|session|visit|reunions|tours|trip|ceremony|test\s+runs?))(\s)(off)\b"
    # "switched the loudspeakers off", "turned its propaganda broadcasts off" (read as "switched off the ...")
    r"|\b((?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?)\s)((?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:loudspeakers?|speakers|broadcasts))(\s)(off)\b"
    # "the North blew the office up" (read as "blew up the office")
    r"|\b((?:blow(?:s|n|ing)?|blew)\s)((?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:office|building|roads?|railways?|tracks|bridges?|hotels?))(\s)(up)\b"
)
# an offer brushed aside: "brushed that offer aside", "waved it off" (read as "brushed aside that offer")
_SPLIT_ASIDE = re.compile(
    r"\b((?:brush(?:es|ed|ing)?|wav(?:e|es|ed|ing))\s)((?:it|them|(?:[\w'\u2019-]+\s+){1,3}?(?:offers?|proposals?|"
    r"overtures?|invitations?|suggestions?)))(\s)(aside|off)\b"
    # "turned the offer down", "turned that proposal down" (a phrase with a name is left as it stands)
    r"|\b((?:turn(?:s|ed|ing)?)\s)((?:[\w'\u2019-]+\s+){1,4}?(?:offers?|proposals?|overtures?|invitations?|"
    r"suggestions?))(\s)(down)\b"
)
_SPLIT_BACK = re.compile(r"\b((?:send(?:s|ing)?|sent|bring(?:s|ing)?|brought)\s)(it|them)(\s)(back|home)\b")
# rails joined with their particle after them: "bolted the rails together" (read as "bolted together the rails")
_SPLIT_TOGETHER = re.compile(
    r"\b((?:bolt|weld)(?:s|ed|ing)?\s)((?:the|their|its|both|two)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:rails|tracks))(\s)"
    r"(together)\b"
)
# a clause of what was said or found, or a relative clause ("concluded on May 20 that a submarine sank the ship on
# March 26"): a date in it that comes before the date told ahead of it is a flashback
_THAT_CLAUSE = re.compile(r"\b(?:that|which|when|who)\b(?!\s+(?:year|month|day|week|time|same)\b)", re.I)
# a relative clause in the past perfect right before a date: "..., which it had shut in"
_FLASHBACK_BEFORE = re.compile(r",\s*(?:which|that|who)\s+(?:[\w-]+\s+){0,3}?had\s+(?:[\w-]+\s+){0,3}$")
# a date inside a participle phrase set off after the subject: "The agreement, signed at a summit in Pyongyang in
# September 2018, banned ..." (the background of the thing named, not a time the story goes on from)
_SUBJECT_APPOSITIVE = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){1,6}?[\w'\u2019-]+,\s+[a-z]+(?:ed|en)\b[^,;:]*$")
# "..., an official said Wednesday.": a reporting verb's day closing the sentence
_TOLD_ON = re.compile(
    r",\s+(?:[\w'\u2019.-]+\s+){0,5}?(?:said|says|told\s+[\w-]+|announced|reported|added)\s+(?:on\s+)?$"
)
_SENTENCE_END = re.compile(r"\W*")
# "warned on Nov. 12 that it would cut off all passage starting Dec. 1. On the same day, ...": the day a measure is
# to start is not the day the story goes on from when the sentence told another
_MEASURE_START = re.compile(r"\b(?:starting|beginning|effective|as\s+of)\s+(?:on\s+|from\s+)?$")
# "restored them in July 2021, about 13 months later": an offset set off right after a date restates how long it
# took; the story goes on from the date itself ("... that year")
_RESTATING_OFFSET = re.compile(r",\s+(?:(?:about|some|nearly|almost|roughly|just|only|more\s+than|less\s+than)\s+)?")
# " and a rocket launch on ": a second cause coordinated with the first, up to its date
# (also before a bare relative date, told apart by the caller: "after a nuclear test in January and a rocket launch
# that month")
_AND_THEN_ON = re.compile(r"\s+and\s+(?:[\w'\u2019-]+\s+){0,6}?(?P<prep>(?:in|on)\s+)?")
_AFTER_FLASHBACK = re.compile(r"\b(?:after|since)\s+(?:[\w'\u2019-]+\s+){0,8}?(?:in|on)?\s*$")
# "suspended operations in response to the North's nuclear test on Jan. 6 and its rocket launch on Feb. 7": a cause
# told after the main event is no step for "the following day"
_CAUSE_FLASHBACK = re.compile(
    # (also "to punish the North for the sinking of a warship in March", "for the shelling of the island in 2010",
    # "citing the North's nuclear test on Jan. 6")
    # ("shut the park on Feb. 10, a response to the North's nuclear test in January")
    r"(?:,\s*|\bas\s+)(?:an?\s+|its\s+|their\s+)?(?:\w+\s+)?(?:response|reprisal|retaliation)\s+(?:to|for)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,14}?(?:in|on)?\s*$|"
    r"\b(?:citing|pointing\s+to|in\s+response\s+to|in\s+retaliation\s+for|in\s+protest\s+(?:at|against|of)|because\s+of|following|"
    r"(?:to\s+punish|punishing)\s+(?:[\w'\u2019.-]+\s+){1,4}?for|as\s+punishment\s+for|for\s+(?:the|its|their)\s+[\w-]+ing\s+of)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,14}?(?:in|on)?\s*$"
)
# "The measures began on May 20, when investigators found that a submarine had torpedoed the ship on March 26.
# Four days later, ...": a date told in the past perfect after the main one is no step either
_PERFECT_FLASHBACK = re.compile(
    r"\bhad\s+(?:been\s+|already\s+)?(?!(?:an?|the|no|its|their|his|her|to|some|more|talks|plans)\b)[a-z]{3,}\b"
    r"(?:\s+[\w'\u2019,-]+){0,12}?\s+(?:in|on)?\s*$")
# "..., which ends in early 2013": a date in a relative clause set off after the main one tells of its antecedent
_WHICH_ASIDE = re.compile(r",\s*which\s+(?:[\w'\u2019-]+\s+){0,6}?(?:in|on|by|until)?\s*$")
# "... walked out of the talks in Busan, which ended a day early on July 13. Six days later, ...": a relative clause
# that tells, in the past, how its antecedent ended, on a day after the main one, is a step of the story
_WHICH_ENDED = re.compile(
    r",\s*which\s+(?:(?:also|then|later|finally|eventually|abruptly|\w+ly)\s+)?(?:ended|closed|broke\s+(?:up|down|off)|"
    r"collapsed|adjourned|wound\s+up)\b(?:\s+[\w'\u2019-]+){0,4}?\s+(?:in|on)?\s*$"
)
# "..., ending a blackout that began in February 2016": when the state the main event ended had begun
_BEGAN_FLASHBACK = re.compile(
    r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|set\s+in|dated\s+(?:back\s+)?(?:to|from))\s+(?:in\s+|on\s+)?$"
)
# a noun event that is the subject of an agreement or a proposal ("the reopening of the office was agreed")
_AGREED_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(agreed|approved|decided|planned|"
    r"scheduled|proposed|offered|promised)\b"
)
_AT_LAST_BEFORE = re.compile(r"\b(?:finally|at\s+last|eventually|delayed|postponed|rescheduled)\b[^,;]*$")
# mines laid on the roads: the verbs, the words between the mines and the roads, and a border that is no road
_MINING_LEMMAS = frozenset({"lay", "plant", "bury"})
_ON_THE_ROADS = re.compile(r"\s+(?:on|along|across)\s+(?:(?:the|both|its|their|all|two|of|these|those)\s+){0,3}")
_BORDER_ONLY = re.compile(r"(?:southern\s+)?border(?:\s+crossings?)?")
# an appeal to the other side to come back to talks ("urged Pyongyang to return to the table", "called on the North
# to resume dialogue"): the golds leave it out, no plan of anyone's (not "asked the North to restore the line")
_APPEAL_TO_RETURN = re.compile(_APPEAL_VERBS + r"to\s+(?:\w+ly\s+)?$")
_RETURN_LEMMAS = frozenset({"return", "return to", "come back", "resume", "restart", "revive"})
# a side saying what it may do ("said it may", "said on Friday that Pyongyang could"): a threat when that is a break
_SAID_IT_MAY = re.compile(
    r"\b(?:said|says|has\s+said|had\s+said|told\s+(?:[\w'\u2019-]+\s+){1,3}?)\s*(?:(?:on\s+)?[a-z]+day\s+)?"
    r"(?:that\s+)?(?:it|they|pyongyang|the\s+north|north\s+korea)\s+(?:also\s+|still\s+)?(?:may|might|could)\s+"
    r"(?:(?:also|even|well|soon|eventually|altogether|completely)\s+)?$"
)
# "is considering | resuming the tours", "to consider | suspending the pact": a step weighed
_CONSIDERING_BEFORE = re.compile(r"\bconsider(?:ing)?\s+$")
# a meeting that stopped: "stopped holding their weekly meetings", "ceased meeting"
_STOPPED_MEETING_BEFORE = re.compile(r"\b(?:stopped|ceased|quit)\s+$")
# "was finally held", "at last took place": right before the verb
_FINALLY_BEFORE = re.compile(r"\b(?:finally|at\s+last)\s+(?:(?:was|were|been|be|got|get)\s+)?$")
# a meeting proposed: "proposed holding talks", "proposed on Monday that officers meet", "suggesting that the
# delegations meet" (most golds read an offer of talks after a pause as talks announced to resume)
_PROPOSED_BEFORE = re.compile(
    r"\b(?:propos|suggest)(?:ed|es|ing|s)?\s+(?:(?:on\s+)?[a-z]+day\s+)?"
    r"(?:that\s+(?:[\w'\u2019-]+\s+){1,8}?(?:should\s+|would\s+)?)?$"
)
# more of an exchange that is running, not its return: "agreed to hold another round of reunions", "two more rounds",
# "reunions held regularly"
_MORE_ROUNDS = re.compile(
    r"\b(?:more|another|new|further|additional|regular|regularly|second|third|fourth|fifth|two|three|four)\b"
    r"|\bon\s+a\s+regular\s+basis\b|\bmore\s+often\b"
)
_LAST_BEFORE = re.compile(r"\b(?:the|a|its|their)\s+(?:last|first|next|final)\s+$")
# what stands before the verb that follows a groundbreaking ("a groundbreaking ceremony ... for | reconnecting")
_FOR_VERB_BEFORE = re.compile(r"\s(?:for|to|on)\s+$")
_STILL_BEFORE = re.compile(r"\bstill\s+(?:(?:is|are|was|were)\s+)?$")
# a state of being cut told in the past: "remained shut", "stayed closed", "left it dead", "kept it closed"
_STATE_TRIGGER = re.compile(r"(?:remained|stayed|left|kept|lay|sat|stood)\b")
# A bare reply verb ("answered", "responded") with no object of its own restores a line only when the clause says
# the line works again; "Seoul vowed to respond sternly", "a positive answer from the North" restore nothing.
_REPLY_LEMMAS = frozenset({"answer", "respond to", "reply to", "pick up"})
_REPLY_AGAIN = re.compile(
    r"\b(?:again|resum\w*|beg[ia]n\w*|begun|start\w*|restart\w*|back|first time|once more|came through|connected)\b"
)
_OPEN_TO = re.compile(r"\s+(?:to|for)\b")  # "open to diplomacy": the adjective
_GOVERN = re.compile(
    r"^\s+(?:(?:again|also|now|formally|publicly|only)\s+)?(?:to|that|it would|it will|they would)\b"
    r"[^.;:!?]*$"
)
_DATE_HINT = re.compile(
    r"\d|day|week|month|year|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|ago|earlier|"
    r"later|last|this"
)
# verbs whose participle right after a noun describes it ("roads linking the two Koreas"), never an event there
_DESCRIBING_LEMMAS = frozenset({"link", "connect"})
# the verbs whose "-ing" form after an object tells where that object goes ("the only train crossing its border")
_PLACING_LEMMAS = frozenset({"cross", "run", "link", "connect"})
#: a plan or a schedule before a verb ("are scheduled to", "will head ... at the meeting", "are due in Seoul")
_PLAN_BEFORE = re.compile(r"\b(?:scheduled|due|plans?|planned|planning|will|expected|set\s+to)\b")
#: the plan a day ahead is for, between a verb and that day ("called off talks scheduled for Nov. 2")
_PLAN_FOR = re.compile(r"\b(?:scheduled|planned|set|slated|due|fixed)\s+(?:to\s+\w+\s+)?(?:for|on)\b")
_DESCRIBING_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:that|which)\s+)?(?:(?:once|still|used\s+to|had|have|has)\s+)?")
_NEW_SUBJECT = re.compile(r"(?:[^,;]{0,30}?\s)?(?:it|they|he|she|we)\s", re.IGNORECASE)
# ", and two weeks later, on June 14, generals ... agreed": a time phrase set off by a comma opens a new clause
_FRONTED_TIME = re.compile(
    r"(?:[\w.'\u2019-]+\s+){0,5}?(?:later|earlier|afterwards?|\w+day|\d{1,4}|(?:day|week|month|year)s?)\s*,\s*"
    r"(?:on\s+\w+\.?\s+\d{1,2}\s*,\s*)?[a-z]", re.IGNORECASE)
_HOW_LONG_AFTER = re.compile(r"\s+(?:last|remain|continue|stay|hold|be\s+in\s+(?:place|effect|force))\b")
_SAYING = re.compile(r"\b(?:saying|said|says)\s+(?:that\s+)?")
# the items of a list before the trigger's own ("an end-of-war declaration, the reopening ...")
_LIST_ITEMS_BEFORE = re.compile(r"^\s*(?:(?:an?|the|its|their)\s+)?[\w-]+(?:\s+[\w-]+){0,3},\s+")
_MODAL_AFTER = re.compile(r"(?:\s+\S+){0,6}?\s+(would|could|might|may|will|is going to)\b")
# a date whose year is written out ("July 2021", "Oct. 4, 2021"): the year the next sentence's months go on in
_STORY_DATE = re.compile(r"\b(?:19|20)\d\d\b")
_NO_WILL_BEFORE = re.compile(
    r"\b(?:no|little)\s+(?:intention|reason|plans?|interest|need|desire|willingness)\s+(?:of|to|in|for)\s+(?:\w+\s+)?$"
)


def _names_one_line_again(vocab: ActionVocabulary, low: str) -> bool:
    """Are all the lines ``low`` names "the line" / "the phone line" without their kind?"""
    spans = [(s, e) for s, e in _find(vocab.object_re, low)
             if vocab.objects[" ".join(low[s:e].split()).replace("\u2019", "'")][0] in _LINE_CLASSES]
    return bool(spans) and all(_one_line_again(low, s, e) for s, e in spans)


def _one_line_again(low: str, s: int, e: int) -> bool:
    """Is ``low[s:e]`` "the line", "the phone line", "that channel" (a definite line without its kind)?"""
    return _ONE_LINE_AGAIN.fullmatch(low, s, e) is not None and (
        low.startswith(("the ", "that ", "this "), s) or _DEFINITE_BEFORE.search(low, max(0, s - 6), s) is not None
    )


def _split_aside(text: str):
    """The replacement of :data:`_SPLIT_ASIDE`: "brushed that offer aside" and "turned the offer down" are read as
    "brushed aside that offer", "turned down the offer" (not a phrase with a name: the text's words must stay where
    they were, and only the lower-case copy is reordered)."""

    def sub(m: re.Match) -> str:
        g = 1 if m[1] else 5
        verb, obj, space, particle = m[g], m[g + 1], m[g + 2], m[g + 3]
        if not text[m.start(g + 1) : m.end(g + 1)].islower():
            return m[0]
        return f"{verb}{particle}{space}{obj}"

    return sub


_AUX_WORD = re.compile(r"\b(?:has|have|had|was|were|is|are|would|will|could|may|might|can|did|does|do)\b")


def _clause_start(text: str, pos: int, actors: list[ActorMatch], base: int) -> int:
    """Start (in ``text`` coordinates) of the clause containing ``pos``."""
    start = 0
    for m in _BOUNDARY.finditer(text, 0, pos):
        start = m.start()
    # ", and <actor>" / ", and in June it" start a new clause (a new subject); ", and <verb>" does not
    for m in re.finditer(r",\s*(?:and|but|or)\s+", text[start:pos]):
        nxt = start + m.end()
        if (any(0 <= a.start - base - nxt <= 30 for a in actors) or _NEW_SUBJECT.match(text, nxt)
                or _FRONTED_TIME.match(text, nxt)):
            start = start + m.start()
    return start


def _drop_undated_twins(found: list[Mention]) -> list[Mention]:
    """Two readings of one clause ("has left Seoul's calls on the liaison line unanswered since April 2023":
    "left ... unanswered" and "line unanswered"): the undated one goes when a dated one of the same category and
    channel overlaps it."""
    if len(found) < 2:
        return found
    drop = set()
    for i, a in enumerate(found):
        if a.date_precision != "reported":
            continue
        for b in found:
            if (
                b is not a and b.date_precision != "reported" and b.category == a.category
                and b.channel == a.channel and a.char_start < b.char_end and b.char_start < a.char_end
            ):
                drop.add(i)
                break
    return [m for i, m in enumerate(found) if i not in drop] if drop else found


_RED_BEFORE = re.compile(r"\bred\s+$")
_IN_BEFORE = re.compile(r"\bin\s+$")
# "met at high level on June 1", "talks at the highest level": a noun "level" has no object after it (the verb, to
# raze, has one: "level the office", "level it")
_LEVEL_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|it|them|this|that|these|those|all|most|much|part|parts|every|some|several|"
    r"buildings?|[\w-]+'s|[\w-]+\u2019s)\b"
)
# a line named only by its kind, and the militaries as the subject before the verb
_GENERIC_LINE = re.compile(
    r"(?:their\s+|its\s+|the\s+|an?\s+)?(?:direct\s+)?(?:hotlines?|lines?|channels?|(?:tele)?phone\s+lines?|"
    r"communications?\s+lines?)"
    r"(?:\s+with\s+the\s+(?:south|north))?")
# "the line", "the phone line": one line named again without its kind (the Red Cross or the military line just named)
_ONE_LINE_AGAIN = re.compile(r"(?:(?:the|that|this)\s+)?(?:phone\s+|telephone\s+)?(?:line|channel|link)")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$")
_SPECIFIC_LINES = ("red_cross_line", "military_line")
# (not a military noun joined to the verb: "declares the zone a military area and cuts the hotline")
_MILITARY_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:two\s+)?militar(?:y|ies)\s+(?:(?!and\b|or\b)\w+\s+){0,2}(?:\w+ly\s+)?$"
)
# "the Panmunjom hotline": a line named by its place, whoever cuts it
_NAMED_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w-]+\s+$")
# the Red Cross as the subject before the verb ("the North's Red Cross cut its direct telephone lines")
_RED_CROSS_SUBJECT = re.compile(r"\bred\s+cross(?:\s+society)?(?:'s|\u2019s)?\s+(?:\w+\s+){0,2}$")
#: the owner a subject gives a line named only by its kind
_LINE_OWNERS = ((_MILITARY_SUBJECT, "military_line"), (_RED_CROSS_SUBJECT, "red_cross_line"))
# a sentence that only tells what an event followed: "The decision followed the North's test on Jan. 6"
_STEP_FORWARD = re.compile(r"(?i)\b(?:later|following|next)\b")
# "At that meeting, ...", "During those talks ...", "At the same session, ...": the occasion told just before
_AT_THAT_OCCASION = re.compile(
    rf"\W*(?:at|during|in)\s+(?:that|those|this|these|the\s+same)\s+(?:[\w-]+\s+){{0,2}}?{MEETING_NOUNS}\b",
    re.IGNORECASE,
)
_LOOKS_BACK = re.compile(
    r"\W*(?:the|this|that|its|their)\s+(?:decision|move|step|measure|measures|closure|shutdown|announcement|"
    r"suspension|order|action|actions)\s+(?:\w+\s+){0,2}?"
    r"(?:followed|came\s+(?:\w+\s+){0,2}?(?:after|on\s+the\s+heels\s+of))\b",
    re.IGNORECASE,
)
_GIVEN_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+-[a-z]+\b|['\u2019]s\s")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")
_SHOWN_BEFORE = re.compile(r"\b(?:show|shows|showed|shown|showing)\s+$")
_ASKED_TO = re.compile(r"\b(?:ask|agree|decide|request|vote)(?:s|d|ed)?\s+(?:\S+\s+){0,3}?to\s+(?:\w+ly\s+)?$")
# a meeting refused ahead: "would never sit down with", "will not hold talks with", "won't meet"
_WILL_NOT_BEFORE = re.compile(
    r"\b(?:will|would|shall)\s+(?:not|never|no\s+longer)\s+(?:again\s+|ever\s+)?(?:\w+\s+)?$"
    r"|\b(?:won|wouldn)['\u2019]t\s+(?:again\s+|ever\s+)?(?:\w+\s+)?$"
)
_PAST_REFUSAL = re.compile(r"\b(?:refused|declined|failed)\s+to\s+(?:\w+\s+)?$|\b(?:did\s+not|didn['\u2019]t)\s+$")
# a clause about an earlier event the article dates elsewhere ("no meeting since the Hanoi talks broke down")
_SINCE_CLAUSE = re.compile(r"\b(?:since|after)\s+(?:(?:the|its|their|a|an)\s+(?:[\w'\u2019.-]+\s+){0,4})?$")


# what keeps a clash from happening before its noun ("steps to avoid naval clashes", "to prevent accidental clashes")
_CLASH_AVERTED = re.compile(
    r"\b(?:avoid|avoiding|avert|averting|prevent|preventing|prevention\s+of|accidental|reduce|reducing|rule\s+out)\b"
    r"[^.;,]*$"
)


class _SentenceReader(WorksMixin, SummitsMixin, GapsMixin, ObjectsMixin, PairingMixin, SubjectsMixin, DateRules):
    """Reads one sentence; see :func:`sentence_mentions`."""

    def __init__(
        self, text: str, offset: int, ctx: SentenceContext, vocab: ActionVocabulary, actors: ActorVocabulary
    ):
        self.text, self.offset, self.ctx, self.vocab, self.avocab = text, offset, ctx, vocab, actors
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer: keep offsets exact
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        if " off" in low or " down" in low or " up" in low:
            # "called it off", "shut them down", "blew it up": read as "called off it" (same length, so offsets stay
            # exact)
            low = _SPLIT_PARTICLE.sub(
                lambda m: f"{m[1]}{m[4]}{m[3]}{m[2]}" if m[1] else f"{m[5]}{m[8]}{m[7]}{m[6]}", low
            )
            low = _SPLIT_NOUN_OFF.sub(  # "put the summit off"
                lambda m: next(f"{m[g]}{m[g + 3]}{m[g + 2]}{m[g + 1]}" for g in (1, 5, 9) if m[g]), low
            )
        if " aside" in low or " off" in low or " down" in low:  # "brushed that offer aside": "brushed aside that offer"
            low = _SPLIT_ASIDE.sub(_split_aside(text), low)
        if " back" in low or " home" in low:  # "then sent them back three days later": "sent back them"
            low = _SPLIT_BACK.sub(lambda m: f"{m[1]}{m[4]}{m[3]}{m[2]}", low)
        if " together" in low:  # "bolted the rails together": "bolted together the rails"
            low = _SPLIT_TOGETHER.sub(lambda m: f"{m[1]}{m[4]}{m[3]}{m[2]}", low)
        self._moved: list[tuple[int, int]] = []
        self._adverbials: list[tuple[int, int]] = []
        if "without" in low or "with no " in low or "with nothing" in low:
            # "talks ended in March without agreement": read as "ended without agreement in March" (same length)
            found_ended = list(_DATE_IN_ENDED.finditer(low))
            self._moved = [m.span() for m in found_ended]
            self._adverbials = [m.span(3) for m in found_ended]  # "in Seoul Wednesday": a place, no subject
            low = _DATE_IN_ENDED.sub(lambda m: f"{m[1]}{m[2]}{m[5]}{m[4]}{m[3]}", low)
            # "the two sides ended their second round in Geneva without agreement": read as "their second round in
            # Geneva ended without agreement" (the stretch's own white space moved with it, so the length stays)
            spans = [m.span() for m in _OBJECT_IN_ENDED.finditer(low)]
            if spans:
                self._moved += spans
                low = _OBJECT_IN_ENDED.sub(
                    lambda m: f"{m[3].rstrip()}{m[3][len(m[3].rstrip()):]}{m[1]}{m[2]}{m[4]}", low
                )
        if "fail" in low:
            spans = [m.span() for m in _TIME_IN_FAILED.finditer(low)]
            if spans:
                self._moved += spans
                low = _TIME_IN_FAILED.sub(lambda m: f"{m[1]}{m[2]}{m[5]}{m[4]}{m[3]}", low)
        if " ahead " in low:
            # "agreed to go ahead later this month with reunions": read as "later this month go ahead with reunions"
            self._moved += [m.span() for m in _TIME_IN_GO_AHEAD.finditer(low)]
            low = _TIME_IN_GO_AHEAD.sub(lambda m: f"{m[3]}{m[2]}{m[1]}{m[4]}{m[5]}", low)
        self.low = low
        self.last_subject = None
        self._dates = None
        self.adjusted: dict[int, Any] = {}
        self._prev_ref: Any = False
        self._pronouns: set[int] = set()
        self._last_obj = None
        #: the line classes a plural pronoun or "the lines" was read as (more than one)
        self.lines_meant: tuple[str, ...] = ()
        #: the object span each mention was paired with (by ``id``): a long subject the trigger text leaves out
        self.obj_spans: dict[int, tuple[int, int]] = {}

    def run(self) -> list[Mention]:
        vocab = self.vocab
        trig_spans = _find(vocab.trigger_re, self.low)
        if not trig_spans:
            return self._gap_only()
        trigs = [
            _Trig(s, e, self.text[s:e], vocab.forms[" ".join(self.low[s:e].split()).replace("\u2019", "'")])
            for s, e in trig_spans
        ]
        # "an approach that is open to diplomacy": the adjective, not the verb
        trigs = [t for t in trigs if not (t.form.lemma == "open" and _OPEN_TO.match(self.low, t.end))]
        # "through the Korean Red Cross on Thursday": the name, not the verb "cross"
        trigs = [t for t in trigs if not (t.form.lemma == "cross" and _RED_BEFORE.search(self.low, 0, t.start))]
        # "met at top level on Friday": the noun, not the verb
        trigs = [t for t in trigs if not (
            t.form.lemma == "level" and t.text.lower() in ("level", "levels")
            and not _LEVEL_OBJECT_AFTER.match(self.low, t.end))]
        # "aid in return for talks": the idiom, not a return
        trigs = [t for t in trigs if not (t.form.lemma == "return" and _IN_BEFORE.search(self.low, 0, t.start))]
        # "Secretary-General Ban Ki-moon", "U.N. chief Ban's visit": a capitalised word inside the sentence before a
        # hyphenated given name or a possessive is a family name
        trigs = [t for t in trigs if not (
            t.text[:1].isupper() and self.text[:t.start].strip() and _GIVEN_NAME_AFTER.match(self.text, t.end)
        )]
        # "the last stop on the western line": a stop after "the last" / "the next" is a noun
        trigs = [t for t in trigs if not (
            t.form.lemma == "stop" and _LAST_BEFORE.search(self.low, max(0, t.start - 20), t.start))]
        # "held a groundbreaking ceremony in December for reconnecting the railways": the verb after "for" / "to" / "on"
        # tells the event (and keeps its date); the ceremony's noun adds nothing
        trigs = [t for t in trigs if not (t.form.lemma == "break ground" and any(
            t.end < o.start <= t.end + 80 and _FOR_VERB_BEFORE.search(self.low, t.end, o.start) for o in trigs))]
        objs = self._objects()
        objs = _shared_line_head(self.low, objs)
        # "suspended operations at their joint liaison office": the site after "at" / "of" is the object; "its
        # operations" stand for the site named before (koreadiplo.event_objects)
        objs = [o for o in objs if not (o[2] == "site_output" and (
            _SITE_AFTER.match(self.low, o[1]) or self.low[max(0, o[0] - 6) : o[0]].endswith(("its ", "their "))))]
        trigs = [t for t in trigs if not vocab.lemmas[t.form.lemma].needs_object or self._object_follows(t, objs)]
        # "called the South a hostile state": a verb of everyday prose only with the tail of one of its patterns after
        # it ("a group called ..." stands between no verb and its date)
        trigs = [t for t in trigs if not vocab.lemmas[t.form.lemma].needs_tail or any(
            self._tail_ok(p, t.end) for (lemma, _o), p in vocab.patterns.items() if lemma == t.form.lemma and p.tail)]
        # "a scheduled meeting", "the meeting": a word that is both a verb form and an object is the object
        # after a determiner or a participle
        same = {(s, e): c for s, e, c in objs}
        trigs = [
            t for t in trigs
            if (t.start, t.end) not in same
            or not self._noun_slot(t.start, c := same[t.start, t.end], self._subject_of_later_verb(t.end, c, trigs))
        ]
        # "the roads linking it to the South", "roads that once connected it": a verb describing the noun before
        # it is no event
        trigs = [
            t for t in trigs
            if not (
                t.form.lemma in _DESCRIBING_LEMMAS
                and any(e <= t.start and _DESCRIBING_GAP.fullmatch(self.low, e, t.start) for _s, e, _c in objs)
            )
        ]
        # "will stop the only train crossing its border": an "-ing" form right after the object of a verb before it
        # describes that object, no event of its own
        trigs = [t for t in trigs if not (
            t.form.lemma in _PLACING_LEMMAS and self.low.endswith("ing", t.start, t.start + len(t.text.split()[0]))
            and any(
                o.end <= s and e < t.start and not self.low[e : t.start].strip() and _words(self.low[o.end : s]) <= 4
                and o.form.verb and not o.text.lower().endswith("ing") for o in trigs for s, e, _c in objs))]
        # "run" is a verb of trains only: elsewhere ("the line, which runs along the coast", "began daily runs") it
        # is no trigger and does not take the dates of the verbs around it
        trigs = [t for t in trigs if t.form.lemma != "run" or _TRAINS_RAN_BEFORE.search(
            self.low, max(0, t.start - 90), t.start) or _TRAINS_AFTER_RUN.match(self.low, t.end)]
        # "station" the noun ("at Panmun Station on Dec. 26", "a fire station") is no verb: it takes no date from the
        # verb before it; the verb comes after "to" or a modal ("will station troops at the park")
        trigs = [t for t in trigs if not (
            t.form.lemma == "station" and self.low[t.start : t.end] in ("station", "stations")
            and not _STATION_VERB_BEFORE.search(self.low, max(0, t.start - 16), t.start))]
        # "agreed to avoid naval clashes", "to prevent accidental clashes": a clash averted is no clash
        trigs = [t for t in trigs if not (
            t.form.lemma == "clash" and _CLASH_AVERTED.search(self.low, max(0, t.start - 50), t.start))]
        # overlaps: the longer span wins (a trigger inside "ended without a deal" is no object ...)
        trigs, objs = self._resolve_overlaps(trigs, objs)
        if not trigs:
            return self._gap_only()
        self._pronouns: set[int] = set()
        objs = self._add_pronoun_objects(objs, trigs)
        self._settled: dict[str, dt.timedelta] = {}
        self._settled_acts: dict[str, dt.timedelta] = {}  # (the days a break or a restoration settled)
        self._unsettled: set[int] = set()  # yearless dates already read with the publication's year
        self._trig_words = {w for t in trigs for w in self.low[t.start : t.end].split()}
        self.trigs = trigs
        self._last_back = None
        self._last_rel = None  # (start, end, class, trigger end) of the last object a relative clause's verb took
        self._main_back = None  # the subject before the last one, when the last one opens a clause of its own
        self.objs = objs
        self.actors = self.avocab.find(self.text, self.offset)
        if self._adverbials:  # (the reordered text no longer shows the preposition before the place)
            self.actors = [a for a in self.actors if not any(
                x <= a.start - self.offset and a.end - self.offset <= y for x, y in self._adverbials)]
        self._dates = None
        self._subj = None
        out: list[tuple[_Trig, str, Mention]] = []
        self._last_obj = None
        for i, t in enumerate(trigs):
            if t.suppressed:
                continue
            found = self._trains_run(t)  # trains crossing the demarcation line run the rail link, no incursion
            if found is None and t.form.lemma != "run":  # ("run" is read only with trains as its subject)
                found = self._pair(t, trigs[i + 1 :])
            if found is None:
                continue
            pattern, obj_span, mode = found
            if mode == "relative" and obj_span is not None:
                self._last_rel = (*obj_span, pattern.obj, t.end)
            if pattern.tail is not None and obj_span is not None and obj_span[0] >= t.end:
                # "not sent its co-chief to the weekly meeting": a trigger inside the tail after the object is part
                # of the phrase, no verb of its own
                tail_end = self._tail_end(pattern, obj_span[1])
                for o in trigs[i + 1 :]:
                    if obj_span[1] <= o.start and o.end <= tail_end:
                        o.suppressed = True
            if obj_span is not None and pattern.obj == "calls":
                pattern, obj_span = self._line_of_calls(t, pattern, obj_span)
            if (
                obj_span is not None and pattern.obj == "hotline"
                and _GENERIC_LINE.fullmatch(self.low, obj_span[0], obj_span[1])
                and not _NAMED_BEFORE.search(self.text, max(0, obj_span[0] - 40), obj_span[0])
            ):  # "the two militaries fully restored their hotline on the western side": a military line; "the North's
                # Red Cross cut its direct telephone lines": the Red Cross line
                owner = next((line for subject, line in _LINE_OWNERS
                              if subject.search(self.low, max(0, t.start - 60), t.start)), None)
                if owner is not None:
                    pattern = vocab.pattern(t.form.lemma, owner) or pattern
            if (
                obj_span is not None and pattern.obj == "hotline" and self.ctx.last_line in _SPECIFIC_LINES
                and "hotline" not in self.ctx.last_lines  # ("the liaison line and the military lines ... the line")
                and _one_line_again(self.low, *obj_span)
            ):  # "North Korea reopened the Red Cross liaison line ... The phone line went dead in March": that line
                pattern = vocab.pattern(t.form.lemma, self.ctx.last_line) or pattern
            if obj_span is not None and pattern.obj == "victims" and mode == "active":
                pattern, obj_span = self._from_site(t, pattern, obj_span)
            if t.form.lemma == "break ground" and obj_span is not None and obj_span[0] in self._pronouns:
                continue  # "broke ground for it": the complex or the road it stands for is not told
            m = self._mention(t, pattern, obj_span, mode)
            if m is None:
                continue
            if m.category == "break" and self._state_until(t, m):
                # "left it dead until 1980", "remained shut until September 2013": the state ended then, a
                # restoration of that channel at that date
                back = vocab.pattern("restore", pattern.obj)
                m = self._mention(t, back, obj_span, mode) if back is not None else None
                if m is None:
                    continue
            elif m.category == "break" and self.low.endswith("stayed dead", t.start, t.end):
                continue  # "the lines stayed dead, and passage was cut": a state, an event only with its "until"
            elif m.category == "cooperation" and m.action == "open" and _AGAIN_AFTER.match(self.low, t.end):
                # "The military lines were connected again on Jan. 9": no first opening, a restoration
                back = vocab.pattern("restore", pattern.obj)
                m = self._mention(t, back, obj_span, mode) if back is not None else m
                if m is None:
                    continue
            if m.category == "restoration" and _STILL_BEFORE.search(self.low, max(0, t.start - 30), t.start):
                continue  # "the office, which still takes calls every day": a state that goes on, no event
            if mode == "nominal" and obj_span is not None and m.status == "happened" and (
                agreed := _AGREED_AFTER.match(self.low, max(obj_span[1], t.end))
            ):
                # "The restoration of both lines was agreed at talks in June": a plan, made on the day of the
                # clause that agreed it
                m.status = "announced" if agreed.group(1) in ("proposed", "offered", "promised") else "planned"
                later = [d for d in self._date_mentions() or () if d.start - self.offset >= agreed.end()]
                if later and m.date_precision == "reported":
                    d = later[0]
                    m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = (
                        d.date, d.date_end, d.precision, d.text, d.rule)
            if (
                m.category == "restoration"
                and mode in ("loose", "implicit")
                and t.form.lemma in _REPLY_LEMMAS
                and not _REPLY_AGAIN.search(self.low, max(0, t.start - 60), min(len(self.low), t.end + 60))
            ):
                continue
            if m.category in ("break", "restoration") and self.low.endswith("ing", t.start, t.end) and (
                _TALKS_ON_BEFORE.search(self.low, max(0, t.start - 60), t.start)
            ):
                continue  # "talks on reopening their joint industrial park": the topic of talks, not an event
            if pattern.obj == "relations" and t.form.lemma == "freeze" and (
                mode == "passive" or obj_span is not None and obj_span[0] > t.start and t.form.participle
            ):
                continue  # "relations have been largely frozen", "frozen relations": a state, not a break
            out.append((t, mode, m))
            mined = self._mined_roads(t, pattern, obj_span, mode)
            if mined is not None:  # "laid mines along both roads in January": an escalation, and the roads cut
                out.append((t, mode, mined))
            twin = self._date_twin(m, t)
            if twin is not None:  # "Two earlier rounds of talks, on Sept 17 and Sept 24, broke up": two breaks
                out.append((t, mode, twin))
            out.extend((t, mode, x) for x in self._list_twins(m, t))  # ("on June 11, June 19 and July 2")
            # "restored the lines in July 2021 and again in October that year": a restoration at each date
            out.extend((t, mode, again) for again in self._again_twins(m, t))
            until = self._until_twin(m, t)
            if until is not None:  # "went silent from Aug. 10 until Oct. 4": restored on Oct. 4
                out.append((t, mode, until))
            if obj_span is not None:
                self._last_obj = (*obj_span, pattern.obj)
                for p2, span2 in self._coordinated(t, pattern, obj_span, mode):
                    m2 = self._mention(t, p2, span2, mode)
                    if m2 is not None:
                        m2 = self._own_date_after(m, m2, obj_span, span2)
                        out.append((t, mode, m2))
                        out.extend((t, mode, again) for again in self._again_twins(m2, t))
        out = self._told_by_since_verb(out)
        # a cue verb that governs another event ("pledged to improve ties", "threatened to cut the line")
        # is carried by that event's status, not a row of its own
        keep = []
        for i, (t, mode, m) in enumerate(out):
            if mode == "any" and i + 1 < len(out):
                nxt = out[i + 1][0]
                gap = self.low[t.end : nxt.start]
                if _GOVERN.match(gap) and _words(gap) <= MAX_GAP:
                    continue
            keep.append(m)
        keep = _drop_undated_twins(_boycotted_meeting(keep, self.low, self.offset))
        return self._gap_began(self._work_begun(self._date_passed(
            self._dated_summits(self._first_in_years(self._meeting_not_held(self._not_met_since(keep))))
        )))

    def _mined_roads(self, t: _Trig, p: Pattern, obj_span, mode: str) -> Mention | None:
        """ "Troops laid mines along both roads in January": mines laid on the cross-border roads or railways are an
        escalation (the mines) and a break of the roads (made impassable)."""
        if p.obj != "mines" or t.form.lemma not in _MINING_LEMMAS or obj_span is None:
            return None
        on = _ON_THE_ROADS.match(self.low, obj_span[1])
        road = next((o for o in self.objs if on is not None and o[0] == on.end() and o[2] == "roads_railways"), None)
        if road is not None and _BORDER_ONLY.fullmatch(self.low, road[0], road[1]):
            # ("laid mines on both border roads": the road after its modifier)
            head = next((o for o in self.objs if o[0] == road[1] + 1 and o[2] == "roads_railways"), None)
            if head is not None and not _BORDER_ONLY.fullmatch(self.low, head[0], head[1]):
                road = (road[0], head[1], head[2])
        if road is None or _BORDER_ONLY.fullmatch(self.low, road[0], road[1]):
            return None  # ("laid mines along the border": the border, no road)
        cut = replace(p, obj="roads_railways", category="break", cameo="161", action="mine", channel="roads_railways")
        return self._mention(t, cut, (road[0], road[1]), mode)

    def _own_date_after(self, m: Mention, m2: Mention, first: tuple[int, int], span2: tuple[int, int]) -> Mention:
        """ "cut the Red Cross line on March 11 and the military line on March 27": a coordinated object after the
        first one's date has the date right after it (a few words of its own between), not the first one's."""
        if span2[0] < first[1] or not self._dates:
            return m2
        between = [d for d in self._dates if first[1] <= d.start - self.offset and d.end - self.offset <= span2[0]]
        if not between or m.date_text != between[-1].text:
            return m2
        own = next((d for d in self._dates if d.start - self.offset >= span2[1]
                    and _OWN_DATE_GAP.fullmatch(self.low, span2[1], d.start - self.offset)
                    # (a verb between starts a clause of its own: "and the last South Koreans left on May 3")
                    and not any(span2[1] <= o.start < d.start - self.offset for o in self.trigs)), None)
        if own is None or own.precision not in ("day", "month", "year"):
            return m2
        return replace(m2, date=own.date, date_end=own.date_end, date_precision=own.precision, date_text=own.text,
                       date_rule=own.rule)

    # ----------------------------------------------------------------------------------- the mention
    def _mention(self, t: _Trig, p: Pattern, obj_span, mode: str) -> Mention | None:
        vocab, ctx, base = self.vocab, self.ctx, self.offset
        clause = _clause_start(self.text, t.start, self.actors, base)
        if mode == "relative" and obj_span is not None and clause < obj_span[1] <= t.start:
            # "urged the North to reopen the channels it cut last year": the relative clause has cues of its own
            clause = obj_span[1]
        text = self.text
        if mode in ("passive", "intransitive") and obj_span is not None and (
            (rv := self._relative_clause_verb(t, obj_span[1])) is not None
        ):  # "said a military hotline that it cut off in 2016 would be reconnected": the cues of the head's clause,
            # not of the relative clause between
            aux = _AUX_WORD.search(text, rv.end, t.start)
            end = aux.start() if aux else t.start
            text = text[: obj_span[1]] + " " * (end - obj_span[1]) + text[end:]
            clause = min(clause, _clause_start(self.text, obj_span[0], self.actors, base))
        status, negated = _status(vocab, text, clause, t, ctx.is_title, p.obj != "any")
        if not negated and p.obj in ("delegations", "talks_delegates") and obj_span is not None and (
            _NO_BEFORE_OBJECT.fullmatch(self.low, t.end, obj_span[0])
        ):
            negated = True  # "sent no delegates to the talks": the object denied by its determiner
        no_more = not negated and p.obj == "reunions" and p.category == "cooperation" and obj_span is not None and (
            _NO_MORE_BEFORE_OBJECT.fullmatch(self.low, t.end, obj_span[0]) is not None
        )  # "would hold no more reunions": none from now on, the reunions called off
        if status == "planned" and not negated and p.category == "restoration" and p.channel == "talks" and (
            t.form.lemma in _RETURN_LEMMAS and _APPEAL_TO_RETURN.search(self.low, max(clause, t.start - 80), t.start)
        ):
            return None  # "urged Pyongyang to return to the table": an appeal to the other side, no plan of anyone's
        if status == "hypothetical" and not negated and p.category == "break" and self._north_says_it_may(t, clause):
            # "The North has said it may close the complex altogether", "She said the North could abolish the
            # committee": the North saying what it may break is threatening it (not "Experts said the North could")
            status = "threatened"
        if status == "threatened" and p.category in ("restoration", "cooperation") and _CONSIDERING_BEFORE.search(
            self.low, max(clause, t.start - 24), t.start
        ):
            # "is considering resuming the tours": a step weighed, no threat (a break weighed is one held over the
            # other side)
            status = "planned"
        if status == "happened" and obj_span is not None and self._gerund_subject(t, clause):
            modal = _MODAL_AFTER.match(self.low, obj_span[1])
            if modal and not _HOW_LONG_AFTER.match(self.low, modal.end()):  # ("the suspension will last until ...")
                status = "announced" if modal.group(1) in ("will", "is going to") else "hypothetical"
        if status in _NOT_DONE and not negated and p.category in ("break", "restoration"):
            # "talks on restarting the park, which has been idle since April", "war could break out, and the park
            # has stood idle since April": a break or restoration told in the perfect is a fact, whatever the plan
            # around it (not "would have been closed")
            perfect = _PERFECT_STATE.match(self.low, t.start) or _PERFECT_BEFORE.search(
                self.low, max(0, t.start - 6), t.start) or _PERFECT_KEPT_BEFORE.search(
                self.low, max(0, t.start - 60), t.start)  # ("a standoff that has kept the park idle since April")
            if perfect and not _MODAL_BEFORE_PERFECT.search(self.low, max(clause, perfect.start() - 24),
                                                            perfect.start()):
                status = "happened"
        category, action, cameo = p.category, p.action, p.cameo
        if status == "happened" and t.form.lemma in _DELIBERATIVE_LEMMAS:
            status = "hypothetical"  # "he was reconsidering the summit": a break under thought, not done
        if p.only_negated and not negated:
            resumed = self.vocab.pattern("resume", "talks")
            held = self.vocab.pattern("hold", p.obj) if p.obj in ("talks", "summit") else None
            if t.form.lemma == "take place" and p.obj == "talks" and resumed is not None and _AT_LAST_BEFORE.search(
                self.low, max(0, t.start - 60), t.start
            ):  # "The postponed high-level talks finally took place on June 1": talks put off that met at last resumed
                category, action, cameo = resumed.category, resumed.action, resumed.cameo
            elif t.form.lemma in ("take place", "go ahead") and held is not None and status == "happened":
                # "The last government-level talks took place in December 2015": talks held
                category, action, cameo = held.category, held.action, held.cameo
            else:
                return None
        elif p.only_negated and t.form.lemma == "take place" and (
            _NO_SUBJECT_PERFECT.search(self.low, max(clause, t.start - 60), t.start)
            and not _SINCE_DATE_AFTER.match(self.low, t.end)
            and (resumed := self.vocab.pattern("resume", p.obj)) is not None
        ):  # "No talks have taken place since": not resumed up to now (a break only from a day it names: "no talks
            # have taken place since February")
            category, action, cameo = resumed.category, resumed.action, resumed.cameo
            p = replace(p, negated=None)
        if status == "planned" and t.form.lemma in _POSTPONE_LEMMAS and _ASKED_TO.search(
            self.low, max(clause, t.start - 60), t.start
        ):  # "asked on Tuesday to postpone the meeting", "agreed to put off the round": the postponing is done
            status = "happened"
        if t.form.lemma == "no interest in" and _SHOWN_BEFORE.search(self.low, max(0, t.start - 12), t.start):
            return None  # "has shown no interest in talks": a state observed, not a refusal stated
        if status == "planned" and any(
            o.text.lower() in ("began", "started", "opened", "begun") and self._work_begins(t, o) for o in self.trigs
        ):  # "Construction to reconnect the railway started on Sept. 18": under way, no longer a plan
            status = "happened"
        if (
            category == "meeting" and p.channel == "talks" and status == "happened" and not negated
            and _FINALLY_BEFORE.search(self.low, max(clause, t.start - 24), t.start)
            and (resumed := self.vocab.pattern("resume", "talks")) is not None
        ):  # "That round was finally held in October", "the talks at last took place on June 1": talks that met
            # after a wait resumed
            category, action, cameo = resumed.category, resumed.action, resumed.cameo
        if (
            category == "meeting" and p.channel in ("talks", None) and status in ("planned", "announced")
            and not negated and _PROPOSED_BEFORE.search(self.low, max(clause, t.start - 90), t.start)
            and (resumed := self.vocab.pattern("resume", "talks")) is not None
        ):  # "proposed that officers meet on Friday", "proposed holding talks": talks offered, announced to resume
            category, action, cameo, status = resumed.category, resumed.action, resumed.cameo, "announced"
            p = replace(p, channel="talks")
        if (
            category == "cooperation" and p.obj == "reunions" and status in ("planned", "announced") and not negated
            and obj_span is not None and not _MORE_ROUNDS.search(
                self.low, max(clause, min(t.start, obj_span[0]) - 24), max(t.end, obj_span[1]) + 24)
            and (resumed := self.vocab.pattern("resume", "reunions")) is not None
        ):  # "agreed to hold reunions from Aug. 20", "the reunions will open on July 11": reunions, stopped between
            # rounds, set to come back (the golds read 485 of 584 planned or announced reunions so)
            category, action, cameo = resumed.category, resumed.action, resumed.cameo
            if status == "announced" and mode in ("passive", "intransitive"):
                status = "planned"  # "The reunions will be held from Oct. 20", "will open on July 11": a schedule
        if p.status is not None and status == "happened" and not negated:
            status = p.status  # "said it had no interest in any proposal": a stance stated, an announced break
        if (
            t.form.lemma == "end" and p.category == "break" and obj_span is not None
            and _SITTING.search(self.low, obj_span[0], obj_span[1])
        ):  # "the committee ends its first session": a sitting that closes, not talks broken off
            return None
        if negated and p.obj == "delegations" and obj_span is not None and (
            (boycott := vocab.pattern(t.form.lemma, "talks_delegates")) is not None
            and self._tail_ok(boycott, obj_span[1])
        ):  # "failed to send its delegation to the round of talks": a boycott, as "has not sent its delegates" is
            p = boycott
            category, action, cameo = p.category, p.action, p.cameo
        if p.category in _SETTLED_CATEGORIES and self._not_an_event(t, clause):
            return None
        if negated and p.negated and status != "hypothetical":  # ("cannot go ahead": no fact either way)
            category = p.negated.get("category", category)
            action = p.negated.get("action", action)
            cameo = str(p.negated.get("cameo", cameo))
            status = p.negated.get("status", status)
            if _NOT_STOPPED.search(self.low, max(0, t.start - 40), t.start):
                status = "denied"  # "has not stopped answering the calls": the lines still work
            if status == "cue" and (
                _PAST_REFUSAL.search(self.low, max(clause, t.start - 40), t.start)
                or _SHELVED_PLAN.search(self.low, max(clause, t.start - 80), t.start)
            ):
                status = "happened"  # "refused to accept the aid on Wednesday": done, not planned
            if status == "cue":  # "will no longer abide by the pact": announced, not denied
                status = _cue_status(vocab, self.text[clause : t.start], ctx.is_title)
                status = "happened" if status == "denied" else status
        if no_more:
            category, action, cameo = "break", "call off", "164"
            status = _cue_status(vocab, self.text[clause : t.start], ctx.is_title)
            status = "happened" if status == "denied" else status
        start, end = t.start, t.end
        if obj_span is not None and mode != "loose":
            lo, hi = min(start, obj_span[0]), max(end, obj_span[1])
            if _words(self.text[lo:hi]) <= MAX_GAP + 4:
                start, end = lo, hi
        for a, b in self._moved:  # a trigger in a reordered stretch covers all of it ("ended in March without a deal")
            if a <= start < b or a < end <= b:
                start, end = min(start, a), max(end, b)
        channel = p.channel
        if p.obj == "summit" and channel == "talks" and obj_span is not None and _PLANS_FOR_BEFORE.search(
            self.low, max(0, obj_span[0] - 24), obj_span[0]
        ):
            channel = "summit"  # "since plans for a summit collapsed in July 1994": a summit that never met, called off
        if p.obj == "reunions" and t.form.lemma in ("begin", "start", "open") and obj_span is not None and (
            _TOPIC_OF.search(self.low, max(0, obj_span[0] - 40), obj_span[0])
        ):
            # "talks on the details of the reunions will begin": the talks begin (the reunions are their topic)
            talks = [o for o in self.objs if o[2] == "talks" and o[1] <= obj_span[0] and obj_span[0] - o[1] <= 40]
            meet = self.vocab.pattern(t.form.lemma, "talks") if talks else None
            return self._mention(t, meet, talks[-1][:2], mode) if meet is not None else None
        if t.form.lemma == "cross back" and obj_span is not None and not _COUNTED_BEFORE.search(
            self.low, max(0, obj_span[0] - 40), obj_span[0]
        ):
            return None  # ("was handed over to company officials ... and crossed back": a freed man, no withdrawal)
        if p.obj == "office_staff" and self._kaesong_passage():
            channel = "kaesong_complex"  # "pulled out its workers" from the factory park, not the office
        elif p.obj == "office_staff" and t.form.lemma == "cross back" and self._resort_passage():
            channel = "other"  # "24 of its workers crossed back" from the resort's building site
        elif p.obj == "complex_staff" and self._taken_from_elsewhere(obj_span):
            return None  # "evacuated its nationals from Lebanon": no joint site
        elif p.obj == "complex_staff" and self._office_sentence():
            channel = "liaison_office"  # "The office had stood empty since January, when South Korean staff left"
        elif p.obj == "site_output" and (
            not self._kaesong_passage() or t.text.lower().endswith("ing")  # ("little prospect of operations resuming")
            or obj_span is not None and _OTHER_OPERATIONS.search(self.low, max(0, obj_span[0] - 30), obj_span[0])
        ):
            return None  # ("production resumed" with no factory park in view; "military operations were halted")
        elif p.obj == "power_supply" and self._kaesong_passage():
            channel = "kaesong_complex"  # "cut off electricity and water to the Kaesong complex"
        elif p.obj == "complex_staff" and self._resort_passage():
            channel = "other"  # "ordered the last South Korean workers out of the resort": the Kumgang resort's staff
        elif p.obj == "victims" and channel == "other" and category == "break" and obj_span is not None:
            # "barred South Koreans from entering on April 3": kept out of the site the passage speaks of
            if t.form.lemma == "leave" and mode != "intransitive":
                return None  # ("no channel left between them": people who leave are its subject)
            if t.form.lemma in _HOMECOMING and not _COUNTED_BEFORE.search(self.low, max(0, obj_span[0] - 40),
                                                                          obj_span[0]):
                return None  # ("The South Koreans returned home late Tuesday": a visit over; "the last seven
                # South Koreans", "More than 120 South Koreans came home": the site's people, counted, withdrawn)
            if t.form.lemma in ("cut", "limit", "reduce", "restrict") and not (
                self._kaesong_passage() or self._resort_passage()
                or _BORDER_OR_SITE.search(self.low, obj_span[1], obj_span[1] + 80)
            ):
                return None  # ("cut the number of people allowed into its parks": no joint site in view, nor the
                # border: "limited the number of South Koreans allowed across the border")
            if t.form.lemma in ("bar", "ban", "block") and _FROM_CROSSING_BORDER.match(self.low, obj_span[1]):
                channel = "roads_railways"  # ("barred South Korean officials from crossing the border")
            elif t.form.lemma == "cross back" and self._resort_passage():
                pass  # "Fourteen South Koreans ... crossed back into the South, a day after North Korea ordered them
                # out": the resort's last staff (channel other)
            elif t.form.lemma not in _HOMECOMING and _FROM_AN_OFFICE.match(self.low, obj_span[1]):
                channel = "liaison_office"  # "expelled South Korean government officials from a joint office at the
                # Kaesong industrial park": the office's staff, wherever it stands
            elif self._kaesong_passage():
                channel = "kaesong_complex"
            elif t.form.lemma not in _HOMECOMING and self._office_sentence():
                channel = "liaison_office"  # "expels 11 South Korean government officials from an inter-Korean office
                # in Kaesong": the office's staff
            elif "officials" in self.low[obj_span[0] : obj_span[1]] and not self._resort_passage():
                channel = "kaesong_complex"  # "In March, the North expelled 11 South Korean government officials":
                # the South's officials in the North worked at the Kaesong complex (or at the resort)
            elif t.form.lemma in _HOMECOMING or (
                _SITELESS_ENTRY.match(self.low, obj_span[1]) and not self._resort_passage()
            ):
                # (no site here or in the sentence before: no joint site the kit knows; people who come home from
                # the resort are mostly tourists and families back from reunions: "The last busloads of elderly
                # South Koreans came home from Mount Kumgang")
                return None
        if (category == "meeting" or category == "restoration" and channel == "talks") and _NO_WILL_BEFORE.search(
            self.low, max(0, t.start - 40), t.start
        ):  # "has no intention of sitting down with", "sees no reason to meet" South Korean officials, "no intention
            # of ever resuming dialogue": talks refused
            category, channel, action, cameo, status = "break", "talks", "refuse talks", "164", "announced"
        elif category == "meeting" and negated and status == "denied" and _WILL_NOT_BEFORE.search(
            self.low, max(clause, t.start - 40), t.start
        ):  # "said it would never sit down with the South", "will not hold talks with Seoul": talks refused ahead
            category, channel, action, cameo, status = "break", "talks", "refuse talks", "164", "announced"
        elif category == "meeting" and negated and status == "denied" and _STOPPED_MEETING_BEFORE.search(
            self.low, max(clause, t.start - 20), t.start
        ) and (stop := self.vocab.pattern("break off", "talks")) is not None:
            # "its co-chiefs stopped holding their weekly meetings", "the generals stopped meeting": talks broken off
            category, channel, action, cameo, status = stop.category, "talks", stop.action, stop.cameo, "happened"
            if self._office_sentence() or _CO_HEADS.search(self.low, clause, t.end + 30):
                channel = "liaison_office"  # (the weekly meeting of the liaison office's co-chiefs: the office's)
        m = Mention(
            category=category,
            status=status,
            action=action,
            channel=channel,
            obj=p.obj,
            cameo=cameo,
            quad_class=vocab.quad_class(cameo),
            goldstein=vocab.goldstein(cameo),
            trigger=self.text[start:end],
            char_start=start + base,
            char_end=end + base,
            section=ctx.section,
            sentence_id=ctx.sentence_id,
            paragraph=ctx.paragraph,
            evidence=ctx.evidence if ctx.evidence is not None else self.text,
            mode=mode,
            quoted=_inside_quote(self.text, t.start),
            backref=_SINCE_CLAUSE.search(self.low, max(0, min(start, t.start) - 60), min(start, t.start)) is not None,
        )
        actor, target = self._actor_target(t, p, obj_span, mode, clause)
        if (
            status == "happened" and t.form.lemma in _POSTPONE_LEMMAS
            and (ask := _ASKED_TO.search(self.low, max(clause, t.start - 60), t.start)) is not None
            and ask.group().startswith(("ask", "request"))
        ):  # "the North asked the South to put off the talks": who asked puts them off
            asker = next((a for a in reversed(self.actors) if a.end - base <= ask.start()
                          and a.start - base >= clause and a.actor.kind != "outlet"), None)
            if asker is not None and asker.actor is not actor:
                actor, target = asker.actor, actor
        if t.form.lemma == "get no answer":  # "Seoul placed the call and got no reply": the caller is the target
            actor, target = target, actor
        if actor is not None:
            m.actor, m.actor_country = actor.name, actor.country
        if target is not None and (actor is None or target.name != actor.name):
            m.target, m.target_country = target.name, target.country
        self._date(m, t, clause, obj_span[0] if obj_span is not None and mode == "intransitive" else None)
        if m.status == "happened" and m.category in ("break", "restoration") and m.date is not None and (
            m.date > self.ctx.published + dt.timedelta(days=1)
        ):
            # "On Monday the North called off the concert set for Feb. 4, ...": what has happened is not dated
            # after the story; another date of the sentence dates the verb. With none left, a plan called off keeps
            # the day it was set for ("postponed talks scheduled for Nov. 2"), another verb in the past is dated by
            # the story, and a present or a noun with only a day ahead is a plan ("Reunions resume Monday").
            # Nothing changes when a plan leads to the verb ("are scheduled to resume on Aug. 15").
            dates = self._date_mentions()
            if not _PLAN_BEFORE.search(self.low, clause, t.start):
                ahead = (m.date, m.date_end, m.date_precision, m.date_text, m.date_rule)
                self._dates = [d for d in dates if d.date <= self.ctx.published]
                self._date(m, t, clause, obj_span[0] if obj_span is not None and mode == "intransitive" else None)
                self._dates = dates
                day_at = self.low.find((ahead[3] or "").lower(), t.end) if ahead[3] else -1
                if m.date_precision == "reported" and (
                    not t.form.participle or day_at != -1 and _PLAN_FOR.search(self.low, t.end, day_at)
                ):
                    if not self.ctx.is_title:  # ("North Korea puts off talks next week": a headline's present
                        m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = ahead  # is what happened)
                        if not t.form.participle:
                            m.status = "planned"
        if m.status == "happened" and m.date_rule == "weekday_past" and m.date != self.ctx.published and (
            (trip := t.form.noun and not self.ctx.is_title and self._present_trip_for(t, m))
            or self._present_for_future(t, m, weekday=True)
        ):
            # "Talks resume Monday": a bare weekday after a verb in the simple present is the coming one; so is the
            # occasion a trip or a sitting in the simple present is for, which is planned ("The two Koreas sit down
            # Tuesday at Panmunjom for their first talks in two years")
            step = dt.timedelta(days=7)
            m.date, m.date_end, m.date_rule = m.date + step, (m.date_end or m.date) + step, "weekday_future"
            if trip:
                m.status = "planned"
        if (
            mode == "compound" and obj_span is not None and m.status in ("planned", "announced")
            and m.date_precision != "reported" and m.date_end is not None and m.date_end < self.ctx.published
            and any(o is not t and o.end <= obj_span[0] for o in self.trigs)
            and any(d.text == m.date_text and d.start - base >= t.end for d in self._dates or ())
        ):  # "Seoul wants to restore the lines cut in 2020": the plan is the verb's before the lines; what the lines
            # underwent is dated in the past
            m.status = "happened"
        if m.status == "happened" and self._present_for_future(t, m):
            m.status = "planned"  # "six-nation talks reconvene later this month", "the reunions open next week"
        lemma = vocab.lemmas.get(t.form.lemma)
        if lemma is not None and lemma.dated_only and (
            m.date_precision == "reported" or m.date_rule == "state_for_span"
        ):  # ("talks, which have been stalled for more than eight months": how things stand)
            return None
        if lemma is not None and lemma.since_only and not any(
            d.text == m.date_text and d.relative_to == "since" and (
                d.start - base >= t.end or not _OTHER_CLAUSE.search(self.low, d.end - base, t.start))
            for d in self._dates or ()
        ):  # (not "have traded proposals since last July, but the channels have been idle for three years")
            return None
        if obj_span is not None:
            self.obj_spans[id(m)] = obj_span
            if m.category == "break" and m.obj == "talks" and (
                (place := _PLACE_BEFORE_MEETING.search(self.text, 0, obj_span[1]))
                and place.end() == obj_span[1] and place.group(1).lower() not in self.vocab.talks_venues
            ):  # "Trump cancelled the Singapore meeting": a meeting named by a place abroad is the summit held there
                m.channel = "summit"  # ("called off the Pyongyang meeting" stays a session of talks)
        return m

    def _told_by_since_verb(self, out: list) -> list:
        """Drop a state dated by a "since" clause whose own verb tells the same break or restoration ("has been
        rubble since the North blew it up in June 2020": the blowing up is the row); a clause with another event
        ("on hold since the North shelled the island") leaves the state its row."""
        keep = []
        for t, mode, m in out:
            lemma = self.vocab.lemmas.get(t.form.lemma)
            state = lemma is not None and lemma.dated_only and bool(m.date_text)
            at = self.low.find(m.date_text.lower(), t.end) if state else -1
            since = self.low.rfind(" since ", t.end, at) if at >= 0 else -1
            if since >= 0 and any(t2 is not t and since < t2.start < at and m2.category == m.category
                                  and m2.channel == m.channel for t2, _mode, m2 in out):
                continue
            keep.append((t, mode, m))
        return keep

    def _present_for_future(self, t: _Trig, m: Mention, weekday: bool = False) -> bool:
        """Is ``t`` a verb in the simple present (base or -s form, no auxiliary) dated after the publication day,
        as news copy announces a schedule ("talks reconvene later this month")? With ``weekday`` the date may
        still lie behind (a bare weekday read as the last one)."""
        pub = self.ctx.published
        if pub is None or m.date is None or m.date_precision == "reported" or not t.form.verb or self.ctx.is_title:
            return False  # (a headline's present tense tells what happened: "North Korea puts off talks")
        if not weekday and not (m.date >= pub and (m.date_end or m.date) > pub):
            return False
        if weekday and (t.form.noun or self._timeline_entry()):
            return False  # ("the launch on Sunday", a timeline's "Tuesday: North Korea shells ...": what happened)
        at = self.low.find(m.date_text.lower(), t.end) if m.date_text else -1
        if at < 0:
            return False  # the schedule follows the verb ("reconvene later this month", not "days after ... clashes")
        first = t.text.split()[0].lower() if t.text.split() else ""
        base = t.form.lemma.split()[0]
        if first not in (base, base + "s", base + "es") or first.endswith("ed") or first in _PAST_AS_BASE:
            return False
        before = self.low[max(0, t.start - 12) : t.start].split()
        if before and (
            before[-1] in _AUXILIARIES_AND_TO or before[-1] in _HABITUAL or before[-1] in _NOT_A_SUBJECT_END
            or before[-1].endswith((":", "ed")) or before[-1] in _IRREGULAR_PASTS
        ):  # ("on promises the leaders made", "flew close to the border", "set on Thursday: stop ...")
            return False
        if _CAUSATIVE_BEFORE.search(self.low, max(0, t.start - 50), t.start):
            return False  # ("The North let both lines ring out on Friday": the base form after "let" and its object)
        return not _RELATIVE_BETWEEN.search(self.low, t.end, at)  # ("talks that had been set for Thursday")

    def _present_trip_for(self, t: _Trig, m: Mention) -> bool:
        """Does a verb of going or sitting down in the simple present, with the mention's weekday after it, govern
        the noun ``t`` through "for" ("sit down Tuesday ... for their first talks", "cross the border Tuesday for
        reunions")?"""
        start = min(t.start, m.char_start - self.offset)  # ("reunions ..., the first": the noun phrase's start)
        v = _TRIP_FOR_BEFORE.search(self.low, max(0, start - 90), start)
        if v is None or not m.date_text or m.date_text.lower() not in self.low[v.end(1) : start]:
            return False
        before = self.low[max(0, v.start() - 12) : v.start()].split()
        return not (before and (before[-1] in _AUXILIARIES_AND_TO or before[-1] in _NOT_A_SUBJECT_END
                                or before[-1].endswith("ed") and len(before[-1]) > 4))

    def _timeline_entry(self) -> bool:
        """Does the sentence open with a date label ("Tuesday: North Korea shells ...", "Nov. 23 - ...")?"""
        label = _LABEL_END.search(self.low, 0, 30)
        return label is not None and self.ctx.published is not None and _date_label(
            self.low[: label.start()], self.ctx.published)

    def _subject_of_later_verb(self, end: int, cls: str, trigs: list[_Trig], finite: bool = False) -> bool:
        """Is a verb that takes ``cls`` next after ``end``, in its clause ("the previous meeting, in July, broke
        down")? ``finite``: a verb of its own clause, not a participle after a comma ("..., and talks on the park
        in May broke down", not "the lines on Tuesday, reopening ...")."""
        nxt = next((o for o in trigs if o.start >= end), None)
        if nxt is None:
            return False
        # ("a second meeting of the ministers, planned for mid-November, was put off": past the participle phrase)
        gap = _PARENTHETICAL.sub(" ", self.low[end : nxt.start])
        return (
            nxt.form.verb and self.vocab.pattern(nxt.form.lemma, cls) is not None
            and _words(gap) <= 6 and not _SUBORDINATE.search(gap)
            and not (finite and ("," in gap or nxt.text.split()[0].lower().endswith("ing")
                                 or self.low[max(0, nxt.start - 3) : nxt.start] == "to "))
        )

    def _state_until(self, t: _Trig, m: Mention) -> bool:
        """Is ``m`` a state of being cut told in the past ("remained shut", "remained silent", "left it dead") and
        dated only by the "until" its end is given by?"""
        if not _STATE_TRIGGER.match(self.low, t.start) or m.status != "happened" or not m.date_text:
            return False
        d = next((d for d in self._dates or () if d.text == m.date_text and d.start - self.offset >= t.end), None)
        return d is not None and d.relative_to == "until"

    def _not_an_event(self, t: _Trig, clause: int) -> bool:
        """Habits and states, not one event: a ``not_events`` cue in the trigger's clause ("have been severed
        and reopened repeatedly", "relations have been frozen for months")."""
        cues = self.vocab.not_events
        if cues is None:
            return False
        b = _BOUNDARY.search(self.text, t.end)
        start = clause
        for m in _NEXT_STEP.finditer(self.low, clause, t.start):
            start = m.end()  # "cut the line several times in March, before restoring it on March 21": one event
        end = b.start() if b else len(self.low)
        # ("cut it in 1976, restored it in 1980 and has switched it off and on several times since": a cue after the
        # next verb coordinated with this one is that verb's)
        nxt = next((o for o in self.trigs if o.form.verb and t.end < o.start < end
                    and (j := _COORD_JOIN.search(self.low, t.end, o.start)) is not None
                    and _words(self.low[t.end : j.start()]) > 0), None)  # (not "cut and restored it repeatedly")
        end = nxt.start if nxt is not None else end
        return any(
            not (m.start() >= t.end and _RELATIVE_WORD.search(self.low, t.end, m.start()))
            for m in cues.finditer(self.low, start, end)
        )  # "revived contacts that had been dead for years": the relative clause's state is the object's

    def _north_says_it_may(self, t: _Trig, clause: int) -> bool:
        """Does the clause before ``t`` tell that the North (named, or "it", "she", "he" standing for its last
        subject) said it may or could do it ("The North has said it may", "She said the North could")?"""
        said = _SAID_IT_MAY.search(self.low, max(clause, t.start - 90), t.start)
        if said is None:
            return False
        base = self.offset
        speakers = [a for a in self.actors if clause <= a.start - base and a.end - base <= said.start()]
        if speakers:
            return speakers[-1].actor.country == "PRK"
        if not re.fullmatch(r"\W*(?:she|he|it|they)\s+(?:also\s+)?", self.low[clause : said.start()]):
            return False
        prev = self.ctx.prev_subject
        return prev is not None and getattr(getattr(prev, "actor", prev), "country", None) == "PRK"

    def _gerund_subject(self, t: _Trig, clause: int) -> bool:
        """Is the trigger an -ing form or noun opening its clause ("Scrapping the deal would ...")?"""
        if not (t.form.noun or self.low[t.start : t.end].split()[0].endswith("ing")):
            return False
        low = self.low[clause : t.start]
        said = next(reversed(list(_SAYING.finditer(low))), None)
        if said is not None:  # "saying an end-of-war declaration, the reopening of the office and a summit could ..."
            low = _LIST_ITEMS_BEFORE.sub("", low[said.end() :])
        head = low.split()
        return all(w in _DETERMINERS or w in ("if", "and", "but", "that") or not w.isalpha() for w in head)


def _boycotted_meeting(found: list[Mention], low: str, base: int) -> list[Mention]:
    """ "North Korea failed to show up for Cabinet-level talks that were to open in Seoul on Aug. 3": the no-show
    is on the day the talks were to open (not on a date told before it), and those talks, which never met, make no
    row of their own."""
    out = list(found)
    for m in found:
        if m.category != "break" or m.action not in _NO_SHOW_ACTIONS:
            continue
        undated = (
            m.date_precision == "reported"
            # (or dated by a verb before it: "froze contacts last July, and its delegates failed to show up for ...")
            or m.date_text and m.date_text.lower() not in low[m.char_start - base :]
        )
        end = m.char_end - base
        nxt = next((o for o in out if o.category == "meeting" and o.status in ("planned", "announced")
                    and m.char_start < o.char_start <= m.char_end + 60 and o.char_end > m.char_end
                    and o.date_precision != "reported"
                    and _WERE_TO_OPEN.search(low, o.char_start - base, o.char_end - base)), None)
        if nxt is None or not _REL_AFTER_OBJECT.match(low, end):
            continue
        if undated:
            m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = (
                nxt.date, nxt.date_end, nxt.date_precision, nxt.date_text, nxt.date_rule)
        elif (m.date, m.date_text) != (nxt.date, nxt.date_text):
            continue  # (the no-show dated by a day of its own, the talks by another)
        out.remove(nxt)
    return out


def _inside_quote(text: str, pos: int) -> bool:
    head = text[:pos]
    if "\u201c" in head:
        return head.rfind("\u201c") > head.rfind("\u201d")
    return (head.count('"') + head.count("\u2033")) % 2 == 1  # (the double prime of archived AP copy)


def sentence_mentions(
    text: str,
    offset: int = 0,
    published: dt.date | None = None,
    *,
    context: SentenceContext | None = None,
    vocab: ActionVocabulary | None = None,
    actors: ActorVocabulary | None = None,
) -> list[Mention]:
    """Event mentions in one sentence.

    Parameters
    ----------
    text : str
        The sentence (or the part of it after an Axios label).
    offset : int
        Position of ``text`` in the article; added to every offset returned.
    published : datetime.date
        Publication date (relative dates resolve against it). Required unless ``context`` gives it.
    context : SentenceContext, optional
        Section, sentence id, previous sentence's date and subject, chronology.
    """
    if context is None:
        if published is None:
            raise ValueError("sentence_mentions needs `published` (or a context)")
        context = SentenceContext(published=published)
    reader = _SentenceReader(text, offset, context, vocab or load_actions(), actors or load_actors())
    return reader.run()


# ============================================================================================ article level
# the words between a coordinated object and a date of its own: "the military line | used for the park on | March 27"
_OWN_DATE_GAP = re.compile(r"(?:\s+[\w'\u2019-]+){0,6}?\s+(?:on|in)\s+")
# "Six days after the line came back, ...", "a day after the North blew up the office": an offset counted from an
# event the clause names (its end: a comma, the sentence's end)
_OFFSET_AFTER_CLAUSE = re.compile(
    r"\b(?:days?|weeks?|months?|hours)\s+after\s+(?P<clause>[^,;:.]{3,120})", re.IGNORECASE
)


# "A week after the cut, ...", "Five days before the demolition, ...": an offset counted from a break or
# restoration named by its noun alone (the vocabulary's ``event_nouns``), the one told last before with an action of
# that noun
@functools.lru_cache(maxsize=4)
def _offset_from_noun(nouns: frozenset[str]) -> re.Pattern:
    alts = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    # (up to two words before the noun: "the North's fourth nuclear test")
    return re.compile(r"\b(?:days?|weeks?|months?|hours)\s+(?:after|before)\s+"
                      r"(?:the|that|this|its|their|(?:the\s+)?[\w.-]+(?:'s|\u2019s))\s+(?:[\w-]+\s+){0,2}?"
                      rf"(?P<noun>{alts})(?=\s*[,;:.]|\s*$)", re.IGNORECASE)


_OFFSET_OPENER = re.compile(r"\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+)?",
                            re.IGNORECASE)


# what "station" the verb follows ("will station troops", "to station officials", "and station engineers")
_STATION_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|shall|should|must|and)\s+(?:\w+ly\s+)?$")


def _recalled_anchor(
    body: str, offset: int, found: Sequence[Mention], dates: Sequence[DateMention], told: Sequence[Mention],
    vocab: ActionVocabulary,
) -> tuple[DateMention | None, tuple | None]:
    """The date of the break or restoration told earlier that an offset's clause names again ("Six days after the
    line came back": the line's restoration on Jan. 3), when the sentence gives no date but offsets, with the key
    (start, category, channel) of the clause's mention; or that an offset's noun names ("A week after the cut": the
    cut told last, no key); (None, None) otherwise."""
    m = _OFFSET_AFTER_CLAUSE.search(body)
    # (a date of the sentence's own, "scrapped the pact in November, a day after Seoul suspended part of it", is
    # what the offset counts back from)
    noun = _offset_from_noun(frozenset(vocab.event_nouns)).search(body) if vocab.event_nouns else None
    # (at the sentence's start the phrase is the anchor of the main clause, whatever dates come later: "Five days
    # before the cut, Kim warned ... a park idle since 2016")
    opening = noun is not None and _OFFSET_OPENER.fullmatch(body, 0, noun.start())
    if any(not d.rule.startswith("offset") for d in dates) and not opening:
        return None, None
    if noun is not None and dates:
        # "A week after the cut, the North blew up the office": the cut told before
        category, actions = vocab.event_nouns[noun.group("noun").lower()]
        earlier = [e for e in told if e.category == category and e.status == "happened"
                   and (e.action in actions or e.channel in actions)
                   # (a test or an attack is recalled by its day only: "since the Jan. 6 test" dates the step)
                   and e.date_precision in (("day",) if category == "escalation" else ("day", "month"))
                   and e.char_end <= offset]
        if not earlier:
            return None, None
        e = earlier[-1]
        return DateMention(e.char_start, e.char_end, e.date_text or e.trigger, e.date, e.date_end, e.date_precision,
                           "recalled", False), None
    if m is None:
        return None, None
    a, b = offset + m.start("clause"), offset + m.end("clause")
    named = [x for x in found if a <= x.char_start < b and x.category in ("break", "restoration")
             and x.status == "happened"]
    if len(named) != 1:
        return None, None
    x = named[0]
    earlier = [
        e for e in told
        if (e.category, e.channel) == (x.category, x.channel) and e.status == "happened"
        and (not x.actor or e.actor == x.actor)  # (Seoul's suspension is not the North's)
        and e.date_precision in ("day", "month") and e.char_end <= offset
    ]
    if not earlier:
        return None, None
    e = earlier[-1]
    recalled = DateMention(e.char_start, e.char_end, e.date_text or e.trigger, e.date, e.date_end, e.date_precision,
                           "recalled", False)
    return recalled, (x.char_start, x.category, x.channel)


def extract_mentions_list(
    article, *, vocab: ActionVocabulary | None = None, actors: ActorVocabulary | None = None
) -> list[Mention]:
    """Every event mention of an article, in reading order (one per trigger).

    Sections listed under ``skip_sections`` in ``data/sections.yaml`` ("Go deeper", "Editor's note",
    captions, page furniture) are not read. The date a sentence hands on to the next one of its paragraph
    is that of its last dated event, or its last date mention when it has no event.
    """
    vocab = vocab or load_actions()
    actors = actors or load_actors()
    published = article.published
    out: list[Mention] = []
    prev_par = prev_date = prev_subject = anchor = chronology = prev_text = year_anchor = lead_status = None
    earlier_text = None
    step_anchor = line_anchor = None
    story = None
    last_line = None
    last_lines: tuple[str, ...] = ()
    prev_lines: tuple[str, ...] = ()
    list_day = history_list_day(article)
    reference = getattr(article, "reference_date", None)
    day = entry_lead = chain = ago_day = None
    at_heading = False
    headed = False  # the lines under a chronology's year heading
    # paragraphs that open with a dated timeline entry ("Nov. 11, 2005 -- ...")
    year_leads = {s.paragraph for s in article.iter_sentences()
                  if s.section not in vocab.skip_sections and (timeline_entry_lead(s.text, published) is not None
                                                                or year_heading(s.text) is not None
                                                                or year_heading_line(s.text) is not None)}
    for s in article.iter_sentences():
        if s.section in vocab.skip_sections:
            continue
        carried = prev_date
        if s.paragraph != prev_par:
            prev_date = prev_subject = story = None
            prev_par = s.paragraph
            # an entry of a "today in history" list tells of that day of its year, and reads its dates from there
            day = entry_day(s.text, list_day) if list_day is not None else None
            at_heading = False
            if list_day is not None and day is None:
                if (heading_day := ago_heading_day(s.text, list_day)) is not None:
                    ago_day = heading_day  # "FIVE YEARS AGO": the paragraphs under it tell of that day
                    at_heading = True
                elif other_heading(s.text):
                    ago_day = None
                elif ago_day is not None:
                    # the paragraph's sentences without a date of their own tell of that day
                    day, prev_date = ago_day, (ago_day, ago_day, "day", ago_day.isoformat())
            entry_lead = timeline_entry_lead(s.text, published) if day is None else None
            headed = headed and chain is not None
            if entry_lead is not None:
                chain = (entry_lead, timeline_lead_is_year(s.text))
                headed = False
            elif day is None and (heading := year_heading(s.text)) is not None:
                chain = (dt.date(heading, 12, 31), True)  # "2009" over "March 9: ... / March 21: ..."
                headed = True
            elif day is None and (line := year_heading_line(s.text)) is not None:
                # "2006\nMarch 2 -- ...": the heading on the first line of its year's first entry
                chain, headed = (dt.date(line[0], 12, 31), True), True
                entry_lead = carried = carried_entry_lead(line[1], published, *chain)
            elif day is None and chain is not None and yearless_lead(s.text):
                # "June 20, 1999 -- ... / June 25 -- ...": the year of the line before, when a year heads the lines
                # or a later line states its year (a list that ends in yearless lines, "Feb. 2016: ... / Jan. 3:
                # ...", has reached the publication's months)
                carried = carried_entry_lead(s.text, published, *chain) if headed or any(
                    q > s.paragraph for q in year_leads) else None
                entry_lead = carried
                if not headed:  # (under a year heading the lines stay in its year)
                    chain = (carried, False) if carried is not None else None
            elif day is None and chain is not None and s.is_bullet:
                entry_lead = chain[0]  # "**2019:** ... / • On March 22, ...": a bullet under a year's entry
            else:
                chain = None
        skip = s.content_start - s.char_start
        if skip > 0 and _date_label(s.text[:skip], published, line_anchor or anchor, year_anchor, story, step_anchor):
            # "• Tuesday: it cut the lines", "• A week later: ...": a timeline's date label dates its line, and a
            # relative one steps on from the date that led the line before ("• June 9: ... • A week later: ...")
            skip = 0
            if line_anchor is not None:
                anchor = line_anchor
        body = s.text[skip:] if 0 <= skip <= len(s.text) else s.text
        occasion = _AT_THAT_OCCASION.match(body) is not None
        if occasion and prev_date is None:
            prev_date = carried  # "At those talks, ..." opening a paragraph: the talks the last one told of
        ctx = SentenceContext(
            published=published,
            section=s.section,
            sentence_id=s.sentence_id,
            paragraph=s.paragraph,
            evidence=s.text,
            prev_date=prev_date,
            prev_subject=prev_subject,
            chronology=chronology,
            is_title=s.section == "title",
            anchor=anchor,
            step_anchor=step_anchor,
            prev_text=prev_text,
            earlier_text=earlier_text,
            year_anchor=year_anchor,
            reference=day or reference,
            last_line=last_line,
            last_lines=last_lines,
            prev_lines=prev_lines,
            story_date=story,
            entry_day=day,
            entry_lead=entry_lead,
            entry_headed=headed,
            occasion=occasion,
        )
        reader = _SentenceReader(body, s.char_start + max(skip, 0), ctx, vocab, actors)
        found = reader.run()
        recalled, recalled_key = _recalled_anchor(
            body, s.char_start + max(skip, 0), found, reader._date_mentions(), out, vocab
        )
        if recalled is not None and any(
            a is None or (a.date, a.date_end) != (recalled.date, recalled.date_end)
            # (the step the story would go on from is another day: "reconnected the lines on July 27, 13 months after
            # Pyongyang cut them in June last year. A week after that cut, ...": June, not July 27)
            for a in (anchor, *((ctx.step_anchor,) if ctx.step_anchor is not None else ()))
        ):
            # "Six days after the line came back, the two Koreas held talks": the line's restoration told before
            again = _SentenceReader(body, s.char_start + max(skip, 0), replace(ctx, anchor=recalled, step_anchor=None),
                                    vocab, actors)
            recounted = again.run()
            # (not when the count passes the publication: "13 months after the North had cut them" is not counted
            # from last week's silence on the same lines)
            if not any(d.rule.startswith("offset") and d.date > published for d in again._date_mentions()):
                reader, ctx = again, again.ctx
                found = [  # (the clause's own event is the one told before, on its day)
                    replace(m, date=recalled.date, date_end=recalled.date_end, date_precision=recalled.precision,
                            date_text=recalled.text, date_rule="recalled")
                    if (m.char_start, m.category, m.channel) == recalled_key else m
                    for m in recounted
                ]
        if s.is_bullet and lead_status:
            # bullets under "The leaders agreed to:" carry the lead-in's status
            for m in found:
                if m.status == "happened":
                    m.status = lead_status
        elif not s.is_bullet:
            lead_status = _lead_in_status(vocab, body)
        chronology = ctx.chronology
        out.extend(found)
        dated = [m for m in found if m.date_precision != "reported" and m.date_rule != "inherited"]
        if dated and all(m.backref for m in dated) and any(m.date_precision == "reported" for m in found):
            # "the first time the North had failed to respond since the lines were restored in 2018": the date of a
            # "since" clause is not when the undated event told first happened, and not the next sentence's
            dated, prev_date = [], None
        if dated and all(m.backref and m.category == "meeting" for m in dated) and (
            rest := [d for d in reader._date_mentions() if d.text not in {m.date_text for m in dated}]
        ):
            # ("The reunions, the fourth since the June 2000 summit, had been due to take place last October": a
            # meeting named in passing after "since" is not what the next sentence goes on from; the other date is)
            prev_date = (rest[-1].date, rest[-1].date_end, rest[-1].precision, rest[-1].text)
        elif dated and _LOOKS_BACK.match(body):
            pass  # (its dates are the causes', not what the next sentence goes on from)
        elif dated:
            # a date from a clause about something else ("..., the first time since the office opened in
            # September 2018") is not what the next sentence goes on about: a break or restoration first
            main = [m for m in dated if m.category in ("break", "restoration")]
            # ("ordered all South Koreans out ..., a day after Seoul suspended operations. The North also cut ...":
            # the day the main clause told, not the one a clause of its own counted from it)
            own = [m for m in main if not (m.date_rule or "").startswith("offset_")]
            inherited = [m for m in found if m.date_rule == "inherited" and m.category in ("break", "restoration")]
            if not (main and not own and inherited and prev_date is not None):
                d = (own or main or dated)[-1]
                prev_date = (d.date, d.date_end, d.date_precision, d.date_text)
        elif not found and _DATE_HINT.search(body):
            ds = reader._date_mentions()
            if ds:
                prev_date = (ds[-1].date, ds[-1].date_end, ds[-1].precision, ds[-1].text)
        if reader._dates and _LOOKS_BACK.match(body):
            pass  # "The decision followed the test on Jan. 6 and the launch on Feb. 7.": causes told after the event;
            # "the following day" in the next sentence still steps on from the event
        elif reader._dates and anchor is not None and hasattr(reader, "objs") and all(
            d.precision == "year" and reader._modifier_date(d) for d in reader._dates
        ):  # "... to carry out the agreements of the 2000 and 2007 summits. Days later, ...": years naming
            # things only; the story goes on from the date told before ("Under a 2009 agreement, ... that year"
            # still names the year)
            year_anchor = reader._dates[-1]
        elif reader._dates and anchor is not None and all(_CAUSE_FLASHBACK.search(
            reader.low, max(0, d.start - reader.offset - 120), d.start - reader.offset) for d in reader._dates
        ):  # ("... broke down on Feb. 9. Seoul had insisted that Pyongyang first take responsibility for the sinking
            # of the warship in March last year. A day later, ...": dates of causes only; the story goes on from before)
            pass
        elif reader._dates:
            # "that month", "two days later": the last date named, unless it sits in a flashback clause ("...,
            # which it had shut in February 2016")
            told = [d for d in reader._dates if not _FLASHBACK_BEFORE.search(
                reader.low, max(0, d.start - reader.offset - 60), max(0, d.start - reader.offset))
                # ("On June 4, she threatened to scrap the 2018 military agreement. She warned the same day ...":
                # a year naming a thing is not what the story goes on from)
                and not (d.precision == "year" and hasattr(reader, "objs") and reader._modifier_date(d))]
            told = [d for i, d in enumerate(told) if not (i and _MEASURE_START.search(
                reader.low, max(0, d.start - reader.offset - 20), max(0, d.start - reader.offset)))] or told
            # ("no one has answered since June 9 last year, an official said Wednesday. ... on that day": the day
            # of the telling that closes the sentence is no step of the story)
            told = [d for i, d in enumerate(told) if not (i and _TOLD_ON.search(
                reader.low, max(0, d.start - reader.offset - 30), max(0, d.start - reader.offset))
                and _SENTENCE_END.fullmatch(reader.low, d.end - reader.offset))] or told
            told = [d for i, d in enumerate(told) if not (
                i and d.rule.startswith("offset") and not told[i - 1].rule.startswith("offset")
                and _RESTATING_OFFSET.fullmatch(reader.low, told[i - 1].end - reader.offset, d.start - reader.offset)
            )] or told
            pick = (told or reader._dates)[-1]
            anchor = reader.adjusted.get(id(pick), pick)
            # "six days later" steps on from the main clause's date, not from one in an "after" / "since" clause
            # behind it, nor from a rough offset restating it ("reopened the line on Jan. 3, nearly two years
            # after it cut it in February 2016. Six days later, ..."); "that month" still names February 2016
            # ("cut the lines the following day. Seven days later, ...": a step told forward that dates a break or
            # a restoration is the story's own)
            acts = {m.date_text for m in found if m.category in ("break", "restoration")}
            back: set[int] = set()  # dates of a flashback, and one coordinated after it ("after the test on Jan. 6
            # and the launch on Feb. 7": both are the cause told after the main date)
            for i, d in enumerate(told):
                if i and (i - 1 in back and (g := _AND_THEN_ON.fullmatch(
                        reader.low, told[i - 1].end - reader.offset, d.start - reader.offset)) is not None
                          and (g.group("prep") or d.text.lower().startswith(("that ", "the same ")))
                          or _AFTER_FLASHBACK.search(
                              reader.low, max(0, d.start - reader.offset - 60), max(0, d.start - reader.offset))):
                    back.add(i)
            main = [d for i, d in enumerate(told) if not (i and (
                d.rule.startswith("offset_after") and not (_STEP_FORWARD.search(d.text) and d.text in acts)
                or i in back
                or _BEGAN_FLASHBACK.search(
                    reader.low, max(0, d.start - reader.offset - 40), max(0, d.start - reader.offset))
                or _WHICH_ASIDE.search(
                    reader.low, max(0, d.start - reader.offset - 60), max(0, d.start - reader.offset))
                or _PERFECT_FLASHBACK.search(
                    reader.low, max(0, d.start - reader.offset - 120), max(0, d.start - reader.offset))
                or _CAUSE_FLASHBACK.search(
                    reader.low, max(0, d.start - reader.offset - 120), max(0, d.start - reader.offset))))]
            ended = told[-1] if told and main and told[-1] not in main and _WHICH_ENDED.search(
                reader.low, max(0, told[-1].start - reader.offset - 60), max(0, told[-1].start - reader.offset)
            ) else None
            if ended is not None and not ended.rule.startswith("offset") and all(
                reader.adjusted.get(id(ended), ended).date > reader.adjusted.get(id(d), d).date_end for d in main
            ):
                main = [*main, ended]  # ("..., which ended a day early on July 13. Six days later": the 19th)
            # ("An inquiry concluded on May 20 that a submarine sank the ship on March 26. Four days later, ...": a
            # date told after a later one is a flashback; the story steps on from the latest day it reached)
            step = main[-1] if main else None
            if step is not None and not step.rule.startswith("offset"):
                last = reader.adjusted.get(id(step), step)
                # (a date naming a thing is none: "an Aug. 25 agreement that ended a standoff sparked by mines on
                # Aug. 4. ... six days later"; nor a vaguer one: "sent earlier this month ... from Jan. 1 to April 8")
                later = [d for d in main if d.end <= step.start and not d.rule.startswith("offset")
                         and reader.adjusted.get(id(d), d).date > last.date_end
                         and _PRECISION_RANK.get(d.precision, 0) >= _PRECISION_RANK.get(step.precision, 0)
                         and not (hasattr(reader, "objs") and reader._modifier_date(d))
                         and _THAT_CLAUSE.search(reader.text, d.end - reader.offset, step.start - reader.offset)]
                step = later[-1] if later else step
            if step is not None and step.precision in ("year", "month"):
                # ("The trigger came on Nov. 21, when the North made its third launch attempt this year. The next
                # day, ...": a year holding a day told before it is no step past that day; nor a month: "shut the
                # park on Feb. 10 after the launch in February. A day later, ...")
                finer = [d for d in main if d is not step and d.precision in ("day", "month")
                         and _PRECISION_RANK.get(d.precision, 0) > _PRECISION_RANK.get(step.precision, 0)
                         and step.date <= d.date and d.date_end <= step.date_end]
                step = finer[-1] if finer else step
            step_anchor = reader.adjusted.get(id(step), step) if step is not None and step is not pick else None
            stated = [d for d in reader._dates if not d.year_inferred and d.precision != "reported"]
            # ("... the first telephone line went into service that August, ... separated by the 1950-53 Korean
            # War. ... the following August": a year naming a thing is not the year the story is in)
            stated = [d for d in stated if d in told] or stated
            if stated:
                year_anchor = stated[-1]
        lead = [d for d in reader._dates or () if len(body[: d.start - reader.offset].split()) <= 1]
        line_anchor = reader.adjusted.get(id(lead[0]), lead[0]) if lead and lead[0].start - reader.offset < 8 else None
        if at_heading and ago_day is not None and anchor is not None:
            # ("FIVE YEARS AGO" / "... a day after Seoul suspended operations"): steps go on from the list's day
            anchor = year_anchor = replace(anchor, date=ago_day, date_end=ago_day, precision="day",
                                           rule="history_entry", year_inferred=False)
        if story is not None and reader._dates is None and _DATE_HINT.search(body):
            reader._date_mentions()
        if reader._dates:  # "In July 2021, ... . In August, ...": the story goes on in that year
            # (not in the year of a flashback clause: "reopened the hotline, which it had cut in February 2016")
            last = next((d for d in reversed(reader._dates) if not _FLASHBACK_BEFORE.search(
                reader.low, max(0, d.start - reader.offset - 60), max(0, d.start - reader.offset))), reader._dates[-1])
            if _SUBJECT_APPOSITIVE.match(reader.text[: last.start - reader.offset]) and reader.text.startswith(
                ",", last.end - reader.offset
            ):
                last = None
            # ("... in April of that year. The park reopened in September.": a year given by "that year", or by a
            # stated month: "... in March 2009 ... on March 9. The line was reconnected on March 21.")
            story = last if last is not None and (
                _STORY_DATE.search(last.text) or last.rule.endswith(("_that_year", "_in_stated_month", "_story_year"))
                # ("The thaw began in January last year. ... followed on Jan. 9", "... in January 2018. Two days
                # later, ... . ... on Jan. 9": a year named relatively, or an offset from a stated year, is stated)
                or (last.rule in ("month_last_year", "month_day_last_year")
                    or last.rule.startswith("offset_") and story is not None)
                and not last.year_inferred and last.date.year < published.year
            ) and last.precision in ("day", "month") else None
        prev_text, earlier_text = body, prev_text
        prev_lines = meant_lines(vocab, reader.low, reader.lines_meant, prev_lines)
        if "line" in reader.low or "channel" in reader.low:
            found = _last_line_class(vocab, reader.low)
            if not (found == "hotline" and last_line in _SPECIFIC_LINES and "hotline" not in last_lines
                    and _names_one_line_again(vocab, reader.low)):
                last_line = found or last_line  # ("The phone line went dead": still the Red Cross line)
            last_lines = line_classes(vocab, reader.low) or last_lines
        if reader.last_subject is not None:
            prev_subject = reader.last_subject
        else:  # resolved only if a pronoun needs it: the first non-outlet actor of this sentence
            prev_subject = _LazySubject(body, actors, prev_subject)
    for m in out:
        if (
            m.status == "happened" and m.date is not None and m.date > published and m.date_rule != "inherited"
            # (not a plan called off: "cancelled the reunions planned for Aug. 15" is done, dated by the plan's day)
            and m.action not in _PUT_OFF_LEMMAS
        ):
            m.status = "planned"  # a row dated after the article came out (by its own words) has not happened yet
        if m.status == "happened" and (m.action == "begin work" or m.channel == "roads_railways" and (
            m.category == "restoration" and m.action in _WORKS_ON_LINKS
            and _BEGAN_BEFORE.search(article.text, max(0, m.char_start - 30), m.char_end)
        )):
            m.status = "planned"  # work begun on the links: their restoration under way, as after a groundbreaking
            # (set once dated: "began work on Monday" is the Monday before, not the next one; "began relinking the
            # railway in September 2000": the verb of the work after "began")
        if m.category == "break" and m.obj in ("talks", "summit"):
            _named_occasion_date(m)
    return out


# a meeting named by the place it was to meet in ("the Singapore meeting"; not "their Friday meeting", "a Kim meeting")
_PLACE_BEFORE_MEETING = re.compile(
    r"\bthe\s+(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?i:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)([A-Z][a-z]+)\s+meeting$"
)
# a verb of starting just before a restoration's own verb ("began relinking", "started rebuilding", "has begun
# reconnecting"): the work under way, not done (not trains that "began running": they run)
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started)\s+(?:re-?linking|reconnecting|connecting|linking|rebuilding|"
                           r"rejoining|joining|restoring)\b", re.I)
_WORKS_ON_LINKS = frozenset({"reconnect", "relink", "link", "connect", "rejoin", "join", "begin rebuilding", "restore"})
# what may stand between a break's trigger and the place naming its talks ("ended without a deal in Hanoi"), not a
# clause of its own ("cut off talks with Seoul after the Hanoi summit")
_OCCASION_REACH = 40
_OCCASION_PARTIES = re.compile(r"\s+(?:summit|talks|meeting)" + _PARTIES_GAP.pattern + r"\s+")
_OCCASION_STOP = re.compile(r"[,;:()]|\b(?:after|since|before|when|following|until|but|and)\b")


def _named_occasion_date(m: Mention) -> None:
    """"The Hanoi summit ended without a deal": talks known by their place (``named_occasions`` in dates.yaml) are
    dated by their month when no words date them in or around it."""
    low, trig = m.evidence.lower(), m.trigger.lower()
    at = low.find(trig)
    if at < 0:
        return
    end = at + len(trig)
    for i, j, month in named_occasion_spans(low):
        last = _month_end(month)
        if m.date is not None and m.date <= last and month <= (m.date_end or m.date):
            return  # (words that date it in that month, or around it: "in Hanoi in 2019", "in early 2019")
        if (at <= i < end
                or end <= i <= end + _OCCASION_REACH and not _OCCASION_STOP.search(low, end, i)
                or at - _OCCASION_REACH <= i < at and not _OCCASION_STOP.search(low, i, at)
                # ("the Hanoi summit between Kim and U.S. President Donald Trump collapsed": its two sides between)
                or at - 3 * _OCCASION_REACH <= i < at and _OCCASION_PARTIES.fullmatch(low, j, at)):
            m.date, m.date_end, m.date_precision = month, last, "month"
            m.date_text, m.date_rule = m.evidence[i:j], "named_occasion"
            return


def _date_label(label: str, published: dt.date, *anchors) -> bool:
    """True when a line's label is a date ("Tuesday:", "The day after:", "Later that month:"), not a topic."""
    text = label.rstrip().rstrip(":").rstrip()
    if not text:
        return False
    # (read with its colon: a bare month is a date only as a line's label, "June: Seoul suspended the deal")
    found = find_date_mentions(text + ": " if label.rstrip().endswith(":") else text, published, 0, *anchors)
    return any(d.end == len(text) and len(text[: d.start].split()) <= 1 for d in found)


#: a causative verb in the past and its object before a base form ("let both lines | ring out")
_CAUSATIVE_BEFORE = re.compile(r"\b(?:let|made|watched|saw|heard)\s+(?:[\w'\u2019-]+\s+){1,4}$")
#: a verb of going or sitting down in the simple present, then the noun it is for ("sit down Tuesday at
#: Panmunjom for their first talks")
_TRIP_FOR_BEFORE = re.compile(
    r"\b(sit\s+down|sits\s+down|meet|gather|(?<!red\s)cross|crosses|travel|travels|head|heads|return|returns|go|goes)\b"
    r"[^,;.:]{0,60}?\bfor\s+(?:(?:the|their|its|a)\s+)?(?:[\w-]+\s+){0,3}$"
)
#: words a subject never ends with, before a verb in the simple present
_NOT_A_SUBJECT_END = frozenset("on in at of for from with by to a an the its their his her".split())
_IRREGULAR_PASTS = _IRREGULAR_PAST | frozenset("flew went came said made gave held met".split())
_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which|who)\b")
#: the end of a line's label ("tuesday: ", "nov. 23 - ")
_LABEL_END = re.compile(r":\s|\s[-\u2013\u2014]\s")
#: verbs whose past is spelled as their base ("shut its liaison office on Dec. 1")
_PAST_AS_BASE = frozenset("shut cut put quit set hit let cast spread upset burst".split())
#: adverbs of a habit ("which the North routinely condemns"): a present that is no schedule
_HABITUAL = frozenset("routinely always usually often regularly typically normally habitually".split())
#: words before a base form that make it no simple present ("to resume", "will resume", "did not resume")
_AUXILIARIES_AND_TO = frozenset(
    "to will would shall should can could may might must did does do not never n't and or".split()
)


def _lead_in_status(vocab: ActionVocabulary, body: str) -> str | None:
    """The status a sentence ending with a colon ("The two leaders agreed to:") hands to the bullets under it."""
    text = body.rstrip()
    if not text.endswith(":"):
        return None
    status = _cue_status(vocab, text[:-1] + " ", False)
    return status if status in _FUTURE_STATUSES or status == "hypothetical" else None


def _event_row(article_id: str, event_id: str, group: list[Mention]) -> dict:
    first = group[0]
    body = [x for x in group if x.section != "title"]
    status = (body[0] if body and first.section == "title" else first).status
    # the most precise date; among equals a stated date before one counted from another event ("two weeks
    # after ...") and before a restatement ("for a second day on Wednesday": the event began earlier)
    best = max(
        [x for x in group if x.section != "title"] or group,  # (a headline's date never outranks the body's)
        key=lambda x: (
            _PRECISION_RANK[x.date_precision],
            # (the day told by the talks' own verb, not by the gap phrase of a later day of the round: "closing their
            # first Red Cross talks in 12 years" on Wednesday, "The talks, which opened on Tuesday")
            not (x.category == "restoration" and x.trigger.lower().startswith("first")),
            x.date_rule != "inherited",
            not x.date_rule.startswith("subordinate_offset"),
            not x.date_rule.startswith("offset"),  # "June last year" before "days later" (counted from it)
            _GOING_ON.search(x.evidence) is None,
        ),
    )
    actor = next((x for x in group if x.actor), None)
    target = next((x for x in group if x.target), None)
    return {
        "article_id": article_id,
        "event_id": event_id,
        "date": best.date,
        "date_end": best.date_end,
        "date_precision": best.date_precision,
        "date_text": best.date_text,
        "date_rule": best.date_rule,
        "actor": actor.actor if actor else None,
        "actor_country": actor.actor_country if actor else None,
        "target": target.target if target else None,
        "target_country": target.target_country if target else None,
        "action": first.action,
        "category": first.category,
        "status": status,
        "channel": first.channel,
        "cameo_code": first.cameo,
        "quad_class": first.quad_class,
        "goldstein": first.goldstein,
        "trigger": first.trigger,
        "section": first.section,
        "sentence_id": first.sentence_id,
        "char_start": first.char_start,
        "char_end": first.char_end,
        "evidence": first.evidence,
        "n_mentions": len(group),
    }


def _grouped(article) -> tuple[str, list[tuple[str, bool, list[Mention]]]]:
    """Mentions grouped into events, computed once per article (events and mentions tables share it): the article id
    and, in order of first mention, each event's id, whether it is undated background (rule 7) and its mentions."""
    cached = getattr(article, "_koreadiplo_event_groups", None)
    if cached is not None:
        return cached
    groups = merge_mentions(extract_mentions_list(article), article.published)
    result = article.article_id, _numbered(article.article_id, groups)
    try:
        article._koreadiplo_event_groups = result
    except AttributeError:  # an object that takes no new attributes: just recompute next time
        pass
    return result


def _numbered(article_id: str, groups: list[list[Mention]]) -> list[tuple[str, bool, list[Mention]]]:
    """Event ids: '<article_id>:E<n>' for the events, '<article_id>:U<n>' for undated background (rule 7)."""
    counts = {"E": 0, "U": 0}
    out = []
    for g, aside in zip(groups, undated_background(groups), strict=True):
        kind = "U" if aside else "E"
        counts[kind] += 1
        out.append((f"{article_id}:{kind}{counts[kind]}", aside, g))
    return out


def _as_article(article):
    if isinstance(article, (str, Path)):
        from .reader import read_article

        return read_article(article)
    return article


def event_rows(article, include_undated: bool = False) -> list[dict]:
    """The rows of :func:`extract_events` as dicts (for building one table over many articles)."""
    article = _as_article(article)
    article_id, groups = _grouped(article)
    return [_event_row(article_id, eid, g) for eid, aside, g in groups if include_undated or not aside]


def mention_rows(article) -> list[dict]:
    """The rows of :func:`extract_mentions` as dicts."""
    article = _as_article(article)
    article_id, groups = _grouped(article)
    rows = []
    for event_id, _aside, g in groups:
        for j, m in enumerate(g):
            rows.append(
                {
                    "article_id": article_id,
                    "event_id": event_id,
                    "mention_id": f"{event_id}.M{j + 1}",
                    "trigger": m.trigger,
                    "date_text": m.date_text,
                    "section": m.section,
                    "sentence_id": m.sentence_id,
                    "char_start": m.char_start,
                    "char_end": m.char_end,
                    "evidence": m.evidence,
                }
            )
    return rows


def extract_events(article, include_undated: bool = False) -> pd.DataFrame:
    """The events of an article: one row per distinct event (schema ``events``).

    Parameters
    ----------
    article : Article or str or Path
        An article from :func:`koreadiplo.read_article`, or a path / text it can read.
    include_undated : bool
        Also give the undated background that the table leaves out (rule 7: a break or restoration told without
        date words in an article that dates other events), with ids '<article_id>:U<n>' and precision ``reported``.

    Returns
    -------
    pandas.DataFrame
        Columns documented in ``koreadiplo.schema.EVENTS`` (``docs/schema.md``), in order of first mention.

    Examples
    --------
    >>> import koreadiplo as kd  # doctest: +SKIP
    >>> events = kd.extract_events(kd.read_article("story.txt"))  # doctest: +SKIP
    >>> events.query("category in ['break', 'restoration']")  # doctest: +SKIP
    """
    return schema.frame(event_rows(article, include_undated), "events")


def extract_mentions(article) -> pd.DataFrame:
    """Every event mention, linked to the event it was merged into (schema ``mentions``)."""
    return schema.frame(mention_rows(article), "mentions")


def events_from_mentions(article_id: str, mentions: Sequence[Mention], published: dt.date,
                         include_undated: bool = False) -> pd.DataFrame:
    """Merge ready-made mentions into an events table (for callers that build mentions themselves)."""
    groups = _numbered(article_id, merge_mentions(list(mentions), published))
    rows = [_event_row(article_id, eid, g) for eid, aside, g in groups if include_undated or not aside]
    return schema.frame(rows, "events") if rows else schema.empty("events")


__all__ = [
    "ActionVocabulary",
    "Mention",
    "Pattern",
    "SentenceContext",
    "extract_events",
    "extract_mentions",
    "extract_mentions_list",
    "load_actions",
    "merge_mentions",
    "sentence_mentions",
    "events_from_mentions",
]
