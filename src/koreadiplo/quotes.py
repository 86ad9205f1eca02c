"""Find quotations in text: straight and curly marks, nested quotes, quotes across sentences and paragraphs.

:func:`find_quotes` pairs quote marks one line (paragraph) at a time, so a stray mark can never flip the
reading of the rest of the article. The rules, in order:

* **Apostrophes are never quote marks.** A single mark between two letters (``Seoul's``, ``don't``), before
  a digit (``'90s``) or after a letter when no single quote is open (``the allies' drills``) is an apostrophe.
* **Direction comes from the context**, not only from the glyph: an opening mark follows a space, a line
  start, a bracket or a dash and precedes a word; a closing mark follows a word or punctuation. Curly
  marks (“ ” ‘ ’) say their direction themselves unless the context clearly says the opposite.
* **Double marks make quotations**; single marks make quotations inside them (nested, kept in
  :attr:`Quote.nested`) and, outside any double quote, only when both the opening and the closing mark are
  unambiguous (headline style: ``Kim says 'no talks'``).
* **A quotation may continue in the next paragraph or bullet**: when a line ends inside a quotation and the
  next line opens with a quote mark (the printer's convention) or closes the quotation before opening any
  other, the two parts make one :class:`Quote`.
* **Unbalanced marks cost at most one quotation.** A quotation still open when a clear new opening mark
  comes, or at the end of its line, is closed at a stray single mark that looks like a closing one (the
  typo ``"destroyed'``) or else at the end of its line, and flagged ``closed=False``; pairing restarts there.

Examples
--------
>>> [q.text for q in find_quotes('Seoul\\'s envoy said "we\\'re ready," and left.')]
["we're ready,"]
>>> q = find_quotes('He called it "reckless\\' and left.')[0]
>>> q.text, q.closed
('reckless', False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = ["Quote", "find_quotes"]

_DOUBLE = '"\u201c\u201d\u201e\u00ab\u00bb\u2033'  # \u2033 (double prime): quote marks of old AP copy in archives
_SINGLE = "'\u2018\u2019\u201a"
_OPEN_GLYPHS = "\u201c\u201e\u00ab\u2018\u201a"
_CLOSE_GLYPHS = "\u201d\u00bb\u2019"
_MARK_RE = re.compile(f"[{_DOUBLE}{_SINGLE}]")
_OPEN_BEFORE = set(" \t([{\u2014\u2013-/\u00a0") | set(_DOUBLE) | set(_SINGLE)
_ELISIONS = re.compile(r"(?:em|til|tis|twas|n|cause|bout|round)\b", re.IGNORECASE)
_BULLET = re.compile(r"[ \t]*(?:[\u2022\u00b7*\u2013\u2014-][ \t]+)?")
_MAX_CARRY = 2  # a quotation may run over at most this many following lines


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation.

    ``start`` / ``end`` delimit it with its marks (``end`` is exclusive); ``parts`` are the inner spans
    without marks, one per paragraph it runs over; ``text`` is their text joined by a space;
    ``closed`` is False when the closing mark was guessed; ``nested`` are the inner spans of quotations
    inside it; ``style`` is ``'double'`` or ``'single'``.
    """

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    text: str
    closed: bool = True
    nested: tuple[tuple[int, int], ...] = ()
    style: str = "double"

    @property
    def inner_start(self) -> int:
        """Offset of the first quoted character."""
        return self.parts[0][0]

    @property
    def inner_end(self) -> int:
        """Offset after the last quoted character."""
        return self.parts[-1][1]


@dataclass
class _Open:
    """A quotation being read."""

    pos: int  # offset of the opening mark
    style: str
    parts: list[tuple[int, int]]  # finished parts (earlier lines)
    part_start: int  # inner start on the current line
    nested: list[tuple[int, int]]
    single_open: int | None = None  # offset of an open nested single mark
    stray_close: int | None = None  # a single mark that could be a mistyped closing mark
    carried: int = 0  # how many lines it has run over


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _opening_context(prev: str, nxt: str) -> bool:
    return (prev == "" or prev in _OPEN_BEFORE or prev.isspace()) and not _is_space(nxt)


def _closing_context(prev: str, nxt: str) -> bool:
    return not _is_space(prev) and prev not in "([{" and (_is_space(nxt) or not nxt.isalnum())


def _direction(ch: str, prev: str, nxt: str) -> str:
    """'open', 'close' or '?' for a mark between ``prev`` and ``nxt``."""
    opening, closing = _opening_context(prev, nxt), _closing_context(prev, nxt)
    if ch in _OPEN_GLYPHS:
        return "close" if closing and not opening and _is_space(nxt) else "open"
    if ch in _CLOSE_GLYPHS:
        return "open" if opening and not closing and nxt.isalnum() else "close"
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    return "?"


def _is_apostrophe(line: str, i: int) -> bool:
    """True when the single mark at ``line[i]`` is an apostrophe (or an elision), not a quote mark."""
    prev = line[i - 1] if i else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    if prev.isalnum() and nxt.isalnum():
        return True  # Seoul's, don't, O'Brien
    if (prev == "" or not prev.isalnum()) and nxt.isdigit():
        return True  # '90s, '18
    if (_is_space(prev) or prev in "(") and _ELISIONS.match(line, i + 1):
        return True  # 'til, rock 'n' roll
    return False


class _LineReader:
    """Pairs the marks of a text one line at a time (see the module docstring)."""

    def __init__(self, text: str):
        self.text = text
        self.out: list[Quote] = []

    def finish(self, q: _Open, end: int, close_mark_end: int, closed: bool) -> None:
        parts = [*q.parts, (q.part_start, end)]
        body = " ".join(" ".join(self.text[a:b].split()) for a, b in parts if b > a).strip()
        if body:
            self.out.append(
                Quote(q.pos, close_mark_end, tuple(parts), body, closed, tuple(q.nested), q.style)
            )

    def recover(self, q: _Open, line_end: int) -> None:
        """Close a quotation of one line that never found its closing mark."""
        if q.stray_close is not None:
            self.finish(q, q.stray_close, q.stray_close + 1, closed=False)
            return
        end = line_end
        while end > q.part_start and self.text[end - 1].isspace():
            end -= 1
        self.finish(q, end, end, closed=False)

    def drop_carry(self, q: _Open) -> None:
        """A quotation carried over lines that never closed: close it where its first line ends."""
        q.part_start, first_end = q.parts[0]
        q.parts = []
        self.recover(q, first_end)

    def read(self, start: int, end: int, carry: _Open | None) -> _Open | None:
        """Read the line ``text[start:end]``; return the quotation still open at its end, if any."""
        text = self.text
        line = text[start:end]
        cur = carry
        expect = carry is not None  # the first mark decides whether the carried quotation goes on
        if carry is not None:
            carry.part_start = start + len(_BULLET.match(line).group())
        single: int | None = None  # opening mark of a top-level single quotation
        for m in _MARK_RE.finditer(line):
            j, ch = m.start(), m.group()
            i = start + j
            prev = line[j - 1] if j else ""
            nxt = line[j + 1] if j + 1 < len(line) else ""
            is_double = ch in _DOUBLE
            if not is_double and _is_apostrophe(line, j):
                continue
            way = _direction(ch, prev, nxt)
            if expect:
                expect = False
                if is_double and way == "open" and not line[:j].strip(" \t\u2022\u00b7*-\u2013\u2014"):
                    cur.part_start = i + 1  # the printer's convention: each paragraph reopens the quote
                    continue
                if not (is_double and way != "open"):
                    self.drop_carry(cur)
                    cur = None
            if cur is None:
                if is_double:
                    if way != "close":
                        cur = _Open(i, "double", [], i + 1, [])
                        single = None
                elif single is None:
                    if way == "open" and ch not in _CLOSE_GLYPHS:
                        single = i
                elif way == "close" and ch not in _OPEN_GLYPHS:
                    body = " ".join(text[single + 1 : i].split())
                    if body:
                        self.out.append(Quote(single, i + 1, ((single + 1, i),), body, True, (), "single"))
                    single = None
            elif is_double:
                if way == "open" and not _closing_context(prev, nxt):
                    self.recover(cur, i)  # a clear new opening mark: the open quotation was unbalanced
                    cur = _Open(i, "double", [], i + 1, [])
                else:
                    self.finish(cur, i, i + 1, closed=True)
                    cur = None
            elif cur.single_open is None:
                if way == "open":
                    cur.single_open = i
                elif way == "close" and cur.stray_close is None:
                    cur.stray_close = i
            elif way != "open":
                cur.nested.append((cur.single_open + 1, i))
                cur.single_open = None
        return cur


def _lines(text: str):
    i, n = 0, len(text)
    while i <= n:
        j = text.find("\n", i)
        if j < 0:
            j = n
        yield i, j
        i = j + 1


def find_quotes(text: str, *, offset: int = 0) -> list[Quote]:
    """Every quotation in ``text``, in order of its opening mark.

    Parameters
    ----------
    text : str
        Any text: a sentence, a paragraph or a whole article (each line is a paragraph).
    offset : int
        Added to every offset returned (the position of ``text`` in the article).

    Returns
    -------
    list of Quote
        Top-level quotations; nested ones are in :attr:`Quote.nested`.
    """
    backticks = "``" in text
    if backticks:  # archived AP copy opens quotations with two backticks (``...'' or ``...″): read as one
        text = text.replace("``", "\u201c\u2060")  # opening mark and a word joiner: offsets stay exact
        text = text.replace("''", "\u2060\u201d")  # and closes them with two apostrophes: a word joiner, a mark
    reader = _LineReader(text)
    carry: _Open | None = None
    for a, b in _lines(text):
        if carry is not None and not text[a:b].strip():
            continue  # blank lines between paragraphs
        still = reader.read(a, b, carry)
        if still is not None:
            if still.stray_close is not None:
                reader.recover(still, b)
                still = None
            else:
                still.parts.append((still.part_start, b))
                still.single_open = None
                still.carried += 1
                if still.carried > _MAX_CARRY:
                    reader.drop_carry(still)
                    still = None
        carry = still
    if carry is not None:
        reader.drop_carry(carry)
    out = sorted(reader.out, key=lambda q: q.start)
    if backticks:
        out = [_past_joiner(q, text) for q in out]
    return [_shift(q, offset) for q in out] if offset else out


def _past_joiner(q: Quote, text: str) -> Quote:
    """A quotation opened by two backticks starts after the second one, and one closed by two apostrophes ends
    before the first (each read as a word joiner)."""
    parts = list(q.parts)
    a, b = parts[0]
    if text[a : a + 1] == "\u2060":
        parts[0] = (a + 1, b)
    a, b = parts[-1]
    if b > a and text[b - 1 : b] == "\u2060":
        parts[-1] = (a, b - 1)
    if parts == list(q.parts):
        return q
    return replace(q, parts=tuple(parts), text=q.text.replace("\u2060", ""))


def _shift(q: Quote, d: int) -> Quote:
    return Quote(
        q.start + d,
        q.end + d,
        tuple((a + d, b + d) for a, b in q.parts),
        q.text,
        q.closed,
        tuple((a + d, b + d) for a, b in q.nested),
        q.style,
    )
