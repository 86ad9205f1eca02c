"""Summits of the event sentence reader: a summit named with its own date and no verb ("the June 2000 summit"),
and talks named with their day as the occasion of what a sentence tells ("At military talks on Oct. 2, ...")."""

from __future__ import annotations

import re
from dataclasses import replace

from .actions import Form
from .mentions import _BOUNDARY, Mention, _Trig, _words, find_date_mentions

_SUMMIT_NOT_HELD_BEFORE = re.compile(
    r"\b(?:before|after|since|until|ahead\s+of|for|toward|towards)\s+(?:[\w'-]+\s+){0,3}$"
)
# ... but a summit a day already past is after or since ("since the first summit in June 2000")
_SUMMIT_PAST_BEFORE = re.compile(r"\b(?:after|since)\s+(?:[\w'-]+\s+){0,3}$")
_SUMMIT_NOT_HELD_AFTER = re.compile(
    r"\s+(?:of\b(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"|could|would|will|may|might|is\s+(?:expected|set|scheduled|planned))",  # (not "the summit of June last year")
    re.IGNORECASE)
# Words between a date and the summit it names: "the June 2000 summit", "their April 2018 inter-Korean summit" (a
# comma closing a full date: "the June 15, 2000, summit")
_SUMMIT_MODIFIER = re.compile(r",?\s+(?:[\w-]+\s+){0,2}")
# talks named as the occasion of the sentence's act: "At high-level talks on Oct. 15, ...", "at military talks in
# Panmunjom on Oct. 2" (the preposition and up to four words of the talks' kind)
_AT_TALKS_BEFORE = re.compile(r"\b(?:at|during)\s+(?:(?:the|their|its|a)\s+)?(?:[\w-]+\s+){0,4}$")
_ACCORD_WORD = re.compile(r"\b(?:agreements?|accords?|deal|pacts?)\b")
# a place between talks and their date: "talks at the border village of Panmunjom on Feb. 5"
_PLACE_GAP = re.compile(r"\s*(?:in|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,5}(?:on|in)\s*$")
_FUTURE_CLAUSE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be\s+held)\b")
_MONTH_BEFORE_SUMMIT = re.compile(
    r"\b(?:the|their|a|last|this)\s+(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:inter-Korean\s+|[A-Z][\w-]+\s+)?$"
)


class SummitsMixin:
    """The summit rule of the event sentence reader (mixed into ``events._SentenceReader``): :meth:`_dated_summits`
    makes a summit named with its own date and no verb of its own a meeting on that date."""

    def _dated_summits(self, found: list[Mention]) -> list[Mention]:
        """A summit named with its own date and no verb of its own ("at their summit in Pyongyang in early
        October", "the June 2000 summit") is a meeting on that date; so are talks named with a past day as the
        occasion of the sentence ("At high-level talks on Oct. 15, the two sides agreed ...")."""
        if "summit" not in self.low and "talks" not in self.low and not _ACCORD_WORD.search(self.low):
            return found
        base = self.offset
        for s, e, cls in self.objs:
            if cls not in ("summit", "talks", "agreement") or s in self._pronouns:
                continue
            if cls == "agreement":
                found = self._dated_accord(found, s, e)
                continue
            if cls == "talks" and (
                not _AT_TALKS_BEFORE.search(self.low, max(0, s - 40), s)
                or any(m.channel == "talks" and m.char_start - base < s for m in found)
            ):
                continue  # talks only as the occasion of what the sentence tells ("At high-level talks on Oct. 15"),
                # not after a verb of the talks themselves ("talks bogged down at their last session on May 17")
            if any(m.char_start - base <= s < m.char_end - base for m in found):
                continue  # a verb already holds it ("the summit collapsed", "held a summit")
            if _SUMMIT_NOT_HELD_AFTER.match(self.text, e):  # "the summit of Mount Paektu", "a summit could be held"
                continue
            d = self._summit_date(s, e)
            head = max(0, s - 30)
            if _SUMMIT_NOT_HELD_BEFORE.search(self.low, head, s) and not (
                d is not None and d.date_end < self.ctx.today and _SUMMIT_PAST_BEFORE.search(self.low, head, s)
            ):  # "before the April 27 summit" (not "since the first summit in June 2000": a day already past)
                continue
            if d is not None and (d.precision == "reported" or d.rule.startswith(("offset", "years_ago")) and not (
                d.rule == "offset_same"  # ("at their summit in Pyongyang that month": the month named before)
            )):
                d = None
            if cls == "talks" and d is not None and (
                not d.date_end < self.ctx.today
                or d.rule == "month_day" and d.year_inferred and _FUTURE_CLAUSE.search(self.low)
            ):
                d = None  # (talks named by a day still to come are a plan, told by its own verb: "At talks on Nov. 10,
                # the two sides will ...")
            p = self.vocab.pattern("hold", cls)
            if d is None or p is None:
                continue
            t = _Trig(s, e, self.text[s:e], Form("hold", False, False, True))
            m = self._mention(t, p, (s, e), "nominal")
            if m is None or m.status != "happened":
                continue
            m.take_date(d)
            found.append(m)
        found.sort(key=lambda m: m.char_start)
        return found

    def _dated_accord(self, found: list[Mention], s: int, e: int) -> list[Mention]:
        """An accord named by its own past date right before it and no verb of its own ("the Aug. 25 agreement that
        defused the standoff", "an Aug. 25 accord") was reached on that date: cooperation then."""
        base = self.offset
        if any(m.char_start - base <= s < m.char_end - base for m in found):
            return found
        d = next((d for d in self._date_mentions() if d.end - base <= s
                  and _SUMMIT_MODIFIER.fullmatch(self.low[d.end - base : s])
                  and not self.low.startswith(",", d.end - base)), None)
        if d is None or d.precision not in ("day", "month") or not d.date_end < self.ctx.today:
            return found
        if not re.search(r"\b(?:the|an?|their|its)\s+$", self.low[max(0, d.start - base - 8) : d.start - base]):
            return found
        p = self.vocab.pattern("sign", "agreement")
        if p is None:
            return found
        t = _Trig(s, e, self.text[s:e], Form("sign", False, False, True))
        m = self._mention(t, p, (s, e), "nominal")
        if m is None or m.status != "happened":
            return found
        m.take_date(d)
        return sorted([*found, m], key=lambda m: m.char_start)

    def _summit_date(self, s: int, e: int):
        """The date naming a summit: right before it ("the June 2000 summit") or within a few words after it,
        before any comma or other verb ("their summit in Pyongyang in early October")."""
        base = self.offset
        for d in self._date_mentions():
            ds, de = d.start - base, d.end - base
            if de <= s and _SUMMIT_MODIFIER.fullmatch(self.low[de:s]) and (
                not self.low.startswith(",", de) or d.precision == "day" and d.text[-4:].isdigit()
            ):
                return d
            if ds >= e:
                gap = self.low[e:ds]
                near = _words(gap) <= 6 or _words(gap) <= 8 and _PLACE_GAP.match(gap) is not None
                if near and not re.search(r"[,;:()\"\u201c\u201d]", gap) and not any(
                    e <= t.start < ds for t in self.trigs
                ) and not _BOUNDARY.search(gap):
                    return d
                return None
        named = _MONTH_BEFORE_SUMMIT.search(self.text, max(0, s - 40), s)
        if named is not None:  # "the April summit": a month alone names it (dates need "in April" elsewhere)
            found = find_date_mentions(f"in {named.group(1)}", self.ctx.today)
            if found:
                return replace(found[0], start=base + named.start(1), end=base + named.end(1), text=named.group(1))
        return None
