"""Work begun on the links, told with "work" as the subject: "Work on the southern stretch of the line began on
Sept. 18" (the verb form, "began work on", is a pattern of the vocabulary)."""

from __future__ import annotations

import re

from .actions import Form
from .mentions import Mention, _Trig

# "Work on <links> began", "Work to reconnect <links>, cut during the war, began in September", "Work to relink the
# railway, begun on the southern side in September last year": the work's object, then its verb of starting (work
# to build or mend them, not to tear them down: "Work to remove them began on March 13")
_WORK_BEGAN = re.compile(
    r"\bwork\s+(?:on|to\s+(?:re-?(?:connect|link|build|open|store|lay|pair)|link|connect|build|lay|modernize|"
    r"modernise|open|repair|upgrade)[a-z]*)\s+"
    r"(?P<obj>[^.;:!?]{3,90}?)\s*,?\s+"
    r"(?P<verb>(?:(?:has|had|have)\s+)?(?:began|begun|started|got\s+under\s*way|was\s+begun|was\s+started))\b"
)
# what the work's object holds no verb of its own ("work on the eastern line has barely begun", "is yet to start")
_FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|not|never|barely|hardly|yet|only|just|will|would)\b")
# the date of the start after its verb, up to the sentence's end ("began at ceremonies on Sept. 18 last year", "began
# with ceremonies last month, on Sept. 18": the most precise)
_TO_DATE = re.compile(r"[^;:]{0,70}")
# (a full stop that is no month's: "Sept. 18"; a clause of its own: ", and the tracks were joined on June 14")
_START_CLAUSE_END = re.compile(r"(?<!\b[a-z]{3})(?<!\bsept)\.\s|,\s*(?:and|but|while|which|who|when|after|before)\b")
_PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "year": 3}


_WORK_ON = re.compile(r"\bwork\s+(?:on|to)\s")


def has_work_begun(low: str) -> bool:
    """Can the lower-case sentence ``low`` tell of work begun ("work on ...", "work to ..."; a cheap test first)?"""
    return "work" in low and _WORK_ON.search(low) is not None


class WorksMixin:
    """The rule of work begun (mixed into ``events._SentenceReader``): :meth:`_work_begun` makes work begun on the
    cross-border roads or railways their restoration under way, planned as after a groundbreaking."""

    def _work_begun(self, found: list[Mention]) -> list[Mention]:
        """ "Work on both lines began at ceremonies on Sept. 18 last year": the links' restoration begun is planned
        (the status is set once dated, with the verb form's, in ``events``); a verb of restoring inside the work's
        object ("Work to reconnect the railway began in 2000") is that restoration, planned too."""
        if not has_work_begun(self.low):
            return found
        base = self.offset
        for g in _WORK_BEGAN.finditer(self.low):
            s, e = g.start("obj"), g.end("obj")
            if _FINITE.search(self.low, s, e) or not any(
                s <= os and oe <= e and cls == "roads_railways" for os, oe, cls in self.objs
            ):
                continue  # (work on a reunion center or a hotel is no restoration of the links)
            begun = self._start_date(g.end("verb"))
            inner = [m for m in found if m.category == "restoration" and m.channel == "roads_railways"
                     and g.start() <= m.char_start - base < e]
            if inner:  # ("Work to reconnect the railway began ...": the reconnection under way)
                for m in inner:
                    m.status = "planned"
                    if begun is not None:
                        m.take_date(begun)
                continue
            if any(m.char_start - base <= g.start("verb") < m.char_end - base for m in found):
                continue  # (a verb of ours reads the start already)
            p = self.vocab.pattern("begin work on", "roads_railways")
            if p is None:
                continue
            t = _Trig(g.start(), g.end(), self.text[g.start() : g.end()], Form("begin work on", True, False, False))
            m = self._mention(t, p, (s, e), "nominal")
            if m is None or m.status != "happened":
                continue
            if begun is not None:
                m.take_date(begun)
            found.append(m)
        found.sort(key=lambda m: m.char_start)
        return found

    def _start_date(self, at: int):
        """The first date after the verb of starting, in its clause ("began on Sept. 18", "began at ceremonies in
        September last year"), or None."""
        base = self.offset
        reach = _TO_DATE.match(self.low, at).end()
        stop = _START_CLAUSE_END.search(self.low, at, reach)
        reach = stop.start() if stop else reach
        dates = [d for d in self._date_mentions() if at <= d.start - base < reach and d.precision in _PRECISION_RANK]
        return min(dates, key=lambda d: _PRECISION_RANK[d.precision], default=None)
