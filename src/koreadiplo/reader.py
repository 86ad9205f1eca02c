"""Read an article (file or string) into an :class:`Article`: metadata, paragraphs and sentences.

Every offset in koreadiplo indexes into ``Article.text``: the decoded input with a UTF-8 BOM removed and CRLF / CR
line ends turned into LF. Nothing else is changed, so ``article.text[s:e]`` is always the evidence.

Layout recognised (see README "Input formats"):

* a header line `` date YYYY-MM-DD <headline>`` (the bundled Axios article), an optional byline (``By X``, ``by X``
  before a capitalised name, or a short line of capitalised names) and a read-time line (``·2 min read``);
* wire headers: ``By REUTERS`` + ``JUNE 9, 2020 00:36``, ``Published: Sep. 29, 2021 at 6:24 PM EDT``;
* datelines opening the first paragraph: ``SEOUL, July 27 (Yonhap) --``, ``SEOUL, South Korea (AP) —``,
  ``SEOUL (Reuters) -``, ``MOSCOW, October 4. /TASS/.``;
* Axios labels opening a paragraph (any short sentence-case ``Label:`` or ``Label...``, plus the list in
  ``data/sections.yaml``) and bullets (``•``, ``-``, ``*``, Yonhap's ``▲``);
* trailers: ``(END)``, reporter e-mail lines, ``(Reporting by ...)`` lines.

The body is ``text[body_start:body_end]``; every non-blank character of it, bullet markers aside, belongs to exactly
one sentence. The headline, when there is one, is sentence 0 with section ``'title'``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from . import schema
from .errors import ArticleError, KoreadiploWarning, MissingDateError

#: Largest input read, in bytes (50 MB wire dumps are not articles: split them, or raise the limit).
MAX_BYTES = 1_000_000
#: Longest sentence handed to the extractors. Longer runs (lists, tables, text without stops) are cut at the last
#: "; ", ", " or space before the limit, so no rule ever scans more than this at once.
MAX_SENTENCE_CHARS = 1_000


# --------------------------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Block:
    """One paragraph of the body."""

    index: int
    section: str
    label: str | None
    is_bullet: bool
    char_start: int
    content_start: int
    char_end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``text == article.text[char_start:char_end]``."""

    sentence_id: int
    section: str
    paragraph: int
    is_bullet: bool
    char_start: int
    char_end: int
    text: str
    content_start: int


@dataclass
class Article:
    """A parsed article. Build it with :func:`read_article`."""

    article_id: str
    text: str
    published: dt.date
    title: str | None = None
    author: str | None = None
    read_time: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    dateline_place: str | None = None
    body_start: int = 0
    body_end: int = 0
    blocks: list[Block] = field(default_factory=list)
    sentence_list: list[Sentence] = field(default_factory=list)
    path: Path | None = None
    #: the day relative dates ("on Sunday", "last week") resolve against: the publication day at the dateline's
    #: place when the header's time stamp says it was already another day there (an AP story from Seoul stamped
    #: 9:41 PM EST on 13 January was written on 14 January in Seoul); ``published`` otherwise
    reference_date: dt.date | None = None

    def __post_init__(self) -> None:
        if self.reference_date is None:
            self.reference_date = self.published

    @property
    def body(self) -> str:
        """The body text (header, dateline and trailer excluded)."""
        return self.text[self.body_start : self.body_end]

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """The sentences as a tidy DataFrame (schema ``sentences``), built once."""
        rows = [
            {
                "article_id": self.article_id,
                "sentence_id": s.sentence_id,
                "section": s.section,
                "paragraph": s.paragraph,
                "is_bullet": s.is_bullet,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "text": s.text,
            }
            for s in self.sentence_list
        ]
        return schema.frame(rows, "sentences") if rows else schema.empty("sentences")

    def iter_sentences(self) -> Iterator[Sentence]:
        """Iterate over the sentences (title first, if any)."""
        return iter(self.sentence_list)

    def sections(self) -> list[str]:
        """Section labels in reading order, each once."""
        seen: list[str] = []
        for b in self.blocks:
            if not seen or seen[-1] != b.section:
                seen.append(b.section)
        return seen

    def __repr__(self) -> str:
        return (f"Article(article_id={self.article_id!r}, published={self.published.isoformat()}, "
                f"title={self.title!r}, sentences={len(self.sentence_list)})")


# --------------------------------------------------------------------------------------------------- patterns
_OUTLETS = {
    "ap": "AP", "associated press": "AP", "reuters": "Reuters", "reuter": "Reuters", "yonhap": "Yonhap", "afp": "AFP",
    "agence france-presse": "AFP", "agence france-presse (afp)": "AFP", "united press international": "UPI",
    "kcna": "KCNA", "tass": "TASS", "upi": "UPI", "axios": "Axios", "nk news": "NK News", "nknews": "NK News",
    "korea herald": "The Korea Herald", "koreaherald": "The Korea Herald", "the korea herald": "The Korea Herald",
    "korea times": "The Korea Times", "koreatimes": "The Korea Times", "joongang": "Korea JoongAng Daily",
    "joongang daily": "Korea JoongAng Daily", "korea joongang daily": "Korea JoongAng Daily",
    "hankyoreh": "Hankyoreh", "kyodo": "Kyodo", "xinhua": "Xinhua", "bloomberg": "Bloomberg", "cnn": "CNN",
    "bbc": "BBC", "nyt": "The New York Times", "new york times": "The New York Times",
}
# Metadata lines of news archives and older wire sites above the story: a word count ("410 words"), the language,
# a copyright line, an item number, empty "ID :" / "Auther :" fields (Factiva, Yonhap's old English site)
_ARCHIVE_META = re.compile(
    r"^[ \t]*(?:\d[\d,]*[ \t]+words|English|(?:\(c\)|\u00a9|Copyright)[ \t].*|\d{3,9}"
    # (NewsBank's "Section: North Korea" and "Record Number: 0701950027" under its source line)
    r"|(?:ID|Auther|Author|Writer|Reporter|Document|Country|Publication|Region|Origin|Section|Record[ \t]+Number)"
    r"[ \t]*:[ \t]*[\w.,'() -]{0,80}"
    # a reprint site's short link field, its URL and the "copied" notice of its copy button (OANA's Yonhap pages)
    r"|Shortlink[ \t]*:[ \t]*(?:https?://\S+)?|https?://\S+|The[ \t]+shortlink[ \t]+cop(?:ied|eid)"
    r"|Clipped[ \t]+by[ \t]+\S{1,40}"  # a newspaper archive's clipping names who clipped it
    r"|Clipped[ \t]+from[ \t]+[A-Z][\w .'&-]{1,60}"  # ... and the paper it was clipped from (newspapers.com)
    # the CIA reading room's attachment list and its release stamp above the text
    r"|Attachment[ \t]+Size|PDF[ \t]+icon[ \t].*|Sanitized[ \t]+Copy[ \t]+Approved[ \t]+for[ \t]+Release[ \t].*"
    r"|Page[ \t]+[A-Z]?\d{1,3}"  # the page alone under an archive's date line (NewspaperArchive)
    # LexisNexis field lines, a site's "Web posted at: 9:48 a.m. EDT", ReliefWeb's "Source: ..." line
    r"|(?:LENGTH|SECTION|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|TYPE|GRAPHIC|BODY)[ \t]*:.*"
    # (not "Source:AFP Published: 2015-7-11 19:42:10", the Global Times' stamp after its source, nor "Source: Xinhua|
    # 2018-06-01 20:14:37|Editor: ...", xinhuanet.com's)
    r"|(?:Web[ \t]+)?posted[ \t]+at[ \t]*:[^\n]*"
    r"|Source[ \t]*:(?![^\n]*\bPublished[ \t]*:|[^\n|]*\|[ \t]*\d{4}-\d{2}-\d{2}[ \t])[^\n]{1,80}"
    r"|Full[ \t]+text[ \t]*:"  # ProQuest
    r"|\d{1,2}:\d{2}(?:[ \t]*(?:GMT|UTC|[AP]M))?"  # Factiva's time line ("08:51")
    # a numeric stamp that may be month/day or day/month ("Fri, 06/11/2010 - 16:48"): no headline (the dateline
    # below settles it, or the reader refuses it)
    r"|(?:[A-Z][a-z]{2},[ \t]+)?(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/\d{4}(?:[ \t]*-[ \t]*\d{1,2}:\d{2})?"
    r"|[A-Z]{2,5}"  # Factiva's source code ("LBA", "RTRS")
    # a site's age of its copy under the date line ("Updated 5 years ago" on reuters.com's archive)
    r"|(?:Updated|Published|Posted)[ \t]+(?:\d+|an?|one)[ \t]+(?:minute|hour|day|week|month|year)s?[ \t]+ago"
    # "..., Section A, Page 11 Buy Reprints"; the New York Times archive's "See the article in its original context
    # from February 1, 1990, Section A, Page 9"
    r"|(?:See[ \t]+the[ \t]+article[ \t]+in[ \t]+its[ \t]+original[ \t]+context[ \t]+from[^\n]{0,60}|[^\n]{0,40})"
    r"\bSection[ \t]*\w*[ \t]*,[ \t]*Page[ \t]+\d+[^\n]*)[ \t]*$",
    re.I,
)
# the print edition's day, section and page on a line of its own (the New York Times' archive), read as the stamp
_PRINT_STAMP = re.compile(
    r"^[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]*\d{4},[ \t]*Section[ \t]+\w{1,2},[ \t]*Page[ \t]+[A-Z]?\d+[ \t]*$"
)
# a newspaper archive's issue line (Trove):
# "The Canberra Times (ACT : 1926 - 1995)  Thursday 12 June 1986  p 8  Article"
_TROVE_LINE = re.compile(
    # (its article page: "The Canberra Times (ACT : 1926 - 1995), Friday 25 January 1980, page 5")
    r"^[ \t]*[A-Z][^\n(]{2,60}\([^)\n]*\d{4}[ \t]*-[ \t]*\d{4}\)[ \t]*,?[ \t]+(?P<date>[^\n]*?\d{4}),?[ \t]+"
    r"[Pp](?:age)?[ \t]*\d+"
    r"(?:[ \t]+Article)?[ \t]*$"
)
# a page's field name on a line of its own above its value (ReliefWeb: "Source" / "Yonhap News Agency", "Posted" /
# "2 Jun 2007", "Originally published" / "2 Jun 2007")
_FIELD_NAME = re.compile(
    r"^[ \t]*(?P<name>(?:Format|Source|Origin|Posted|Originally[ \t]+published|Published|Date)(?=[ \t]*:?[ \t]*$)"
    # any other field's name with its colon (the CIA reading room's "Document Type:", "Publication Date:")
    r"|[A-Z][A-Za-z()/ ]{1,40}?(?=[ \t]*:[ \t]*$))[ \t]*:?[ \t]*$"
)
_DATE_FIELDS = ("posted", "originally published", "published", "date", "publication date")
# a reporter's name and the agency on one line ("Soo-jin Park Associated Press")
_NAME_AGENCY = re.compile(
    r"^[ \t]*([A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){1,3})[ \t]+(Associated[ \t]+Press|Reuters)[ \t]*$"
)
# Factiva's tagged export: two-letter field codes ("HD" headline, "PD" date, "BY" byline ...) before the text, whose
# paragraphs open with "LP" (lead) and "TD" (text); the codes after it ("NS", "RE", "AN" ...) end the story
_FACTIVA_FIELD = re.compile(
    r"^(HD|WC|PD|ET|SN|SC|LA|CY|BY|CR|SE|ED|PG|CLM|RF)[ \t]{2,}(\S.*?)[ \t]*$"
)
_RECORD_DATE = re.compile(r"^[ \t]*Publication[ \t]+date[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_FACTIVA_TEXT = re.compile(r"(?:LP|TD)[ \t]{2,}(?=\S)")
# the same codes set off by one space only, read as codes when the header holds three fields of that form
# ("HD KOREAS: ...", "WC 468 words", "PD 10 August 1995")
_FACTIVA_FIELD_1 = re.compile(r"^(HD|WC|PD|ET|SN|SC|LA|CY|BY|CR|SE|ED|PG|CLM|RF)[ \t]+(\S.*?)[ \t]*$")
_FACTIVA_TEXT_1 = re.compile(r"(?:LP|TD)[ \t]+(?=\S)")
_FACTIVA_END_1 = re.compile(r"(?:NS|RE|IN|IPD|IPC|PUB|AN|CO)[ \t]+\S")
# LexisNexis labelled header fields: the headline, the byline and the dateline of the story below
_LEXIS_FIELD = re.compile(r"^[ \t]*(HEADLINE|BYLINE|DATELINE)[ \t]*:[ \t]*(.*\S)[ \t]*$")
# A wire service's name as a header line ("Associated Press Writer", "Reuters World Service", "The Reuter Library
# Report", "AP Diplomatic Writer")
_AGENCY_LINE = re.compile(
    r"^[ \t]*(?:Via[ \t]+)?(?:The[ \t]+)?(?:NZPA-|AAP-)?(Associated[ \t]+Press|AP|Reuters?|Yonhap|AFP|UPI"
    r"|United[ \t]+Press[ \t]+International|Axios|Kyodo|Kyodo[ \t]+News)"
    r"(?:[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Writer|Correspondent|World[ \t]+Service|Library[ \t]+Report|Report|"
    r"Newswires?|News[ \t]+Service|(?i:news[ \t]+wire)))?[ \t]*\.?"  # "Via AP news wire" (The Independent)
    r"(?:[ \t]*\|[ \t]*[A-Z][\w .'-]{1,30}?|(?<=Reuter)[ \t]+[A-Z][a-z]+)?[ \t]*$"  # "Reuters  |  Seoul" (Business
    # Standard), "NZPA-Reuter Seoul" (Papers Past)
)
# An archive's source line after the date ("Reuters News", "Associated Press Newswires", "Yonhap English News")
_SOURCE_LINE = re.compile(r"^[ \t]*(.+?)[ \t]+(?:English[ \t]+)?(?:News|Newswires?|News[ \t]+Service)[ \t]*$")
# A numeric header date whose day and month could be swapped ("05/06/2009"): never guessed
# "Reuters, 07.18.04, 6:05 AM ET", as Forbes stamped wire copy: a U.S. site's month, day and two-digit year, read
# month first because of the U.S. time zone after it
_US_DOTTED_STAMP = re.compile(
    r"^[ \t]*(?:(?P<by>Reuters|AP|Associated[ \t]+Press|AFP)[ \t]*,[ \t]*)?(?P<m>\d{2})\.(?P<d>\d{2})\.(?P<y>\d{2})"
    r"[ \t]*,[ \t]*\d{1,2}:\d{2}[ \t]*[AP]M[ \t]+(?:ET|EST|EDT)[ \t]*$"
)


def _us_dotted_date(m: re.Match) -> dt.date | None:
    yy = int(m.group("y"))
    try:
        return dt.date(1900 + yy if yy >= 50 else 2000 + yy, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _us_numeric_date(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


_AMBIGUOUS_NUMERIC = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/\d{4}(?![\d/])")
#: a U.S. time zone on the clock after a numeric date ("05/04/2013 2:14 am EDT", with seconds: "updated 3/1/2007
#: 5:42:10 AM ET", as nbcnews.com stamped wire copy): the date is month/day/year
_US_CLOCK_AFTER = re.compile(r"[ \t,]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?[ \t]*)?[ECMP][SD]?T\b")
#: a stamp line of its own with a numeric date and a U.S. clock ("updated 1/10/2011 5:41:22 AM ET", as msnbc.com ran AP
#: copy): month first, read in the header (also under a dek, which the date line then follows)
_US_NUMERIC_STAMP = re.compile(
    r"^[ \t]*(?:(?:last[ \t]+)?(?:updated|posted|published)[ \t]*:?[ \t]+)?"
    r"(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4})" + _US_CLOCK_AFTER.pattern + r"[ \t]*$", re.I
)
_HEADER_DATE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+(.*\S))?[ \t]*$", re.I)
_WORD_COUNT = re.compile(r"[ \t]*\d[\d,]*[ \t]+words[ \t]*$", re.I)
_READ_TIME = re.compile(r"^[ \t]*[·•\-]?[ \t]*(\d+[ \t]*min(?:ute)?s?\.?[ \t]*read)[ \t]*$", re.I)
_BYLINE = re.compile(
    # ("by Sooji Park": a page that prints "by" in lower case, before a capitalized name)
    r"^[ \t]*(?:[A-Z][A-Z ]+[ \t]*\|[ \t]*)?(?:By|BY|Story[ \t]+by|by(?=[ \t]+[A-Z])):?[ \t]+(\S.*?\S|\S)[ \t]*"
    r"(?:\[[^\]\n]*@[^\]\n]*\])?[ \t]*$"
)
# a headline with the page's stamp after it on the same line: an ISO day and a clock ("... Updated: 2025-04-05
# 17:20:11 KST")
_TITLE_THEN_STAMP = re.compile(
    r"^[ \t]*(?P<title>[^\s:][^:\n]*?\S)[ \t]+(?:Last[ \t]+)?Updated:[ \t]*"
    r"(?P<date>\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+[A-Z]{2,4})?)[ \t]*$"
)
_PUBLISHED = re.compile(
    # ("Posted on : May.26,2006 17:48 KST", as the Hankyoreh's English site stamps copy)
    # ("Last updated: Tue 7 Apr 2015, 3:10 PM" under "Published: ...", as some news sites stamp AP copy)
    # ("  \u2022 Published : Feb 26, 2014 - 16:48", a bullet before it, as the Korea Herald stamped copy in 2014)
    # ("Latest update : 2016-03-24", France 24's AFP pages; "Last Update: Saturday, June 10, 2000. 3:12pm (AEST)",
    # ABC News Online)
    # ("First Published Sep 15 2012 4:20 am", "First Posted 03:12pm (Mla time) Mar 13, 2005": two dailies' pages)
    # ("Source:AFP Published: 2015-7-11 19:42:10", the Global Times' line for agency copy: the source before it)
    r"^[ \t]*(?:[\u2022\u00b7][ \t]*)?(?:Source[ \t]*:[ \t]*[A-Za-z][\w.&'-]*(?:[ \t]+[A-Za-z][\w.&'-]*){0,3}[ \t]+"
    r"(?:\|[ \t]*)?(?=Published\b))?"
    # ("Associated Press | Posted: Thursday, June 10, 2010 4:12 am", a paper's site: the agency and a bar before it)
    r"(?:(?:The[ \t]+)?(?:Associated[ \t]+Press|AP|Reuters|Yonhap|AFP|UPI|Kyodo)[ \t]*\|[ \t]*"
    r"(?=(?:Posted|Published|Updated)\b))?"
    r"(?:Originally[ \t]+published|(?:First[ \t]+)?Published"
    r"|(?:Last[ \t]+)?Updated"
    r"|(?:Last|Latest)[ \t]+update"
    # ("Web posted Thursday, September 20, 2001", a small daily)
    r"|(?:Web[ \t]+|First[ \t]+)?Posted(?:[ \t]+on(?=[ \t]*:))?"
    # ("Filed on June 28, 2000", as the Khaleej Times stamps agency copy)
    # ("Issue Date: Sunday, August 22, 1971", a newspaper archive's page of a clipping)
    r"|Issued[ \t]+on|Filed(?:[ \t]+on)?|Issue[ \t]+Date|Modified|Date"
    r"|Article[ \t]+date"  # ("Article date: September 15, 2001", as an agency's archive page labels its copy)
    # ("Write: 2020-11-05 10:31:44", KBS World; "News Today 입력 2021.01.12 (15:02) 수정 ...", KBS News: "entered")
    r"|Write|Written|(?:[A-Za-z]+[ \t]+){0,3}\uc785\ub825)[ \t]*:?[ \t]+(.*\S)[ \t]*$",
    re.I
)
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# "6:24 PM", "12 AM" (an hour alone), "09.15 GMT" (a dot, before a zone), "midnight" ("Tue., June 20, 2000,
# midnight", as a newspaper's site stamps copy filed for its print edition)
_TIME = (r"(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
         r"|\d{1,2}[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z])|(?i:midnight|noon)(?![A-Za-z])"
         # ("March 26, 2022 \u2014 11.43am", the Sydney Morning Herald)
         r"|\d{1,2}\.\d{2}[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z])"
         r"|\d{1,2}\.\d{2}(?=[ \t]+[A-Z]))")
# ("E.D.T.", as the New York Times' site printed wire copy: "SEPT. 8, 2013, 2:14 A.M. E.D.T.")
# ("Eastern Time", as LexisNexis prints a wire story's clock: "June 21, 2003 Saturday 7:12 AM Eastern Time")
# ("Pacific" alone, as a paper's site printed AP copy: "Tuesday, April 08, 2003 - 12:00 a.m. Pacific")
_ZONE = (r"(?:(?:Eastern|Central|Mountain|Pacific)(?:[ \t]+(?:Standard[ \t]+|Daylight[ \t]+)?Time)?"
         r"|[A-Z]{1,4}|[Gg][Mm][Tt]|[Uu][Tt][Cc]|(?:[A-Z]\.){2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?")
_WEEKDAY = r"(?i:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?)"
# words of a headline that ends on a day ("Talks Set For June 2, 2024"): no reporter's name before a stamp
_HEADLINE_WORD = (r"(?:For|On|To|In|At|Of|Set|Due|By|From|Since|Until|Before|After|Talks|Summit|Meet|Meeting|Resume"
                  r"|Open|Opens|Reopen|Cut|Ends?|Begins?|Start|Starts|Held|Hold|Slated|Scheduled|Planned)\b")
# A line of a web page's header that gives the publication date, with what sites put around it: a weekday,
# a time and time zone before or after (glued to the year when copied from some sites: "October 15,
# 20245:28 AM GMT+9"), a section before a leading time ("All News 10:31 July 27, 2021"), "Updated ..." or
# a section after a dash ("Jul 27, 2021 - World"), parts cut by slashes ("June 16, 2020 / 2:58 AM / Updated an
# hour ago", as older Reuters pages print it; "August 3, 2004 / 8:05 AM / 21 YEARS AGO" on its archive). The date
# itself is the group ``date``.
_DATE_LINE = re.compile(
    r"^[ \t]*\[?[ \t]*"  # "[September 30, 2007]" (a small paper's site, brackets round the date)
    r"(?:Archive[ \t]+for[ \t]+"  # "Archive for Monday, September 18, 2000" (a newspaper's archive)
    # "Wire Service Content March 7, 2016, at 3:16 a.m." (U.S. News under its "By Associated Press" line)
    r"|Wire[ \t]+Service[ \t]+Content[ \t]+"
    # "Associated Press / September 26, 2008" (boston.com)
    # ("Agence France-Presse / 04:37 PM April 08, 2018", the Philippine Daily Inquirer's site)
    r"|(?:Associated[ \t]+Press|AP|Reuters|Yonhap|AFP|Agence[ \t]+France-Presse|UPI|Kyodo)[ \t]*/[ \t]*"
    # "THE KOREA HERALD, THURSDAY, NOVEMBER 30, 1989" (a paper's page header: its name in capitals, then the day)
    rf"|(?:THE[ \t]+)?[A-Z]{{2,}}(?:[ \t][A-Z]{{2,}}){{0,3}},[ \t]*(?={_WEEKDAY}[ \t])"
    # (or in capitals and small letters: "Deseret News, Saturday, July 28, 1990", a newspaper archive's page header)
    # (with the paper's place in brackets: "The Times (London, England), Wednesday, Sep 15, 1976; pg. 7", a digital
    # archive's citation)
    rf"|(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,3}}(?:[ \t]+\([A-Z][^()\n]{{1,40}}\))?,[ \t]*"
    rf"(?={_WEEKDAY}[ \t])"
    r"|(?i:last[ \t]+)?(?i:updated)[ \t]+(?:at|on)[ \t]+"  # "Last Updated at November 1, 2018 10:12 IST"
    rf"|on[ \t]+(?=(?i:{_MONTHS})\.?[ \t]+\d{{1,2}},[ \t]*\d{{4}})"  # "on February 11, 2016 1:40 pm" (under a byline)
    r"|\((?:AP|AFP|Reuters|Yonhap|UPI|Kyodo)\)[ \t]*[-\u2013\u2014][ \t]+"  # "(AFP) \u2013 Sep 7, 2010" (Google News)
    # "(Mainichi Japan) December 11, 2007" (the paper's English site: its name in brackets before the day, as after it)
    r"|\((?:Mainichi|Asahi|Yomiuri|Japan[ \t]+Times|Kyodo[ \t]+News)(?:[ \t]+Japan)?\)[ \t]+"
    # "KYODO NEWS - ", "World | ", "- The Washington Times - " (a dash before the paper's name, as its site prints it)
    # ("The Free Lance-Star - Sep 18, 1976", Google News Archive: a hyphen inside the paper's name)
    # ("Yonhap News Agency of Korea | July 3, 1999": an archive's source line, the agency's full name)
    # ("Agence France-Presse -- October 5, 1993 09:41 GMT", a news database's agency line: two hyphens for a dash)
    r"|(?:[-\u2013\u2014][ \t]+)?[A-Z][A-Za-z&'.]*(?:-[A-Z][A-Za-z]*)?(?:[ \t][A-Za-z&'.]+(?:-[A-Z][A-Za-z]*)?){0,4}"
    r"[ \t]+(?:--|[-|\u2013\u2014])[ \t]+"
    r"|[A-Z][A-Za-z&'.]*(?:[ \t][A-Za-z&'.]+){0,2}[ \t]*[\u2022\u00b7][ \t]*"  # "Axios\u2022" (Yahoo)
    # a newspaper archive's clipping: "The Miami News (Miami, Florida) \u00b7 Wed, May 22, 1974 \u00b7 Page 4"
    r"|[A-Z][\w.'&-]*(?:[ \t][\w.'&-]+){0,5}[ \t]+\([A-Z][^()\n]{1,40}\)[ \t]*[\u2022\u00b7][ \t]*"
    r"|Date[ \t]+(?=\d{1,2}\.\d{1,2}\.\d{4})"  # "Date 22.09.2013" (Deutsche Welle's site)
    r"|\[(?:Yonhap|AP|AFP|Reuters|UPI|Kyodo)\][ \t]*"  # "[Yonhap] 2001-03-13 18:21" (its old English site)
    r"|\|[ \t]*"  # "| 2024-12-24 16:38:21" (Yonhap's site, the bar after the byline's line)
    # "문서연 / 2024-02-23 17:05:41", "General / 정민서 / ..." (a reprint site: its section, the reporter in Hangul)
    r"|(?:[A-Z][A-Za-z&]*(?:[ \t][A-Za-z&]+)?[ \t]*/[ \t]*)?[\uac00-\ud7a3]{2,5}[ \t]*/[ \t]*"
    # the dateline's place before the stamp: "PAJU, South Korea | Mon Apr 29, 2013" (reuters.com, 2013), "SEOUL, South
    # Korea \u2014 Feb 14, 2016, 3:52 AM ET" (a TV network's AP page)
    r"|[A-Z][A-Za-z.'-]*(?:[ \t][A-Za-z.'-]+){0,2},[ \t]+[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,2}"
    # (also "SEOUL, South Korea -- Aug 12, 2018, 1:39 AM ET", ABC News in 2018; "Honolulu, Hawaii \u00b7 Fri, Jul 7,
    # 1972 \u00b7 Page 3", a newspaper archive's clipping)
    r"[ \t]*(?:[|\u2014\u2013\u00b7\u2022]|--)[ \t]*"
    # the dateline's place and the agency in brackets before the day: "Seoul (AFP) Oct 25, 2008" (SpaceWar's AFP
    # page); "SEOUL, South Korea Dec 9, 2007 (AP)" (abcnews.go.com, the agency after the day)
    r"|[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,2}[ \t]+\((?:AP|AFP|Reuters|Yonhap|UPI|Kyodo)\)[ \t]+"
    rf"|[A-Z][A-Za-z.'-]*(?:[ \t][A-Za-z.'-]+){{0,2}},[ \t]+[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){{0,2}}[ \t]+"
    rf"(?=(?i:{_MONTHS})\.?[ \t]+\d{{1,2}},[ \t]*\d{{4}}[ \t]+\((?:AP|AFP|Reuters|Yonhap|UPI|Kyodo)\)[ \t]*$)"
    # NewsBank's source line: "Yonhap News Agency (South Korea) - Saturday, July 1, 1995"
    r"|[A-Z][A-Za-z&'.]*(?:[ \t][A-Za-z&'.]+){0,3}[ \t]+\([A-Z][^()\n]{1,30}\)[ \t]+[-\u2013\u2014][ \t]+"
    # "Seoul YONHAP in English 0512 GMT 17 Mar 87": a monitoring service's source line (FBIS, BBC Monitoring)
    # (with the service's item number first: "SK220258 Seoul YONHAP in English 0249 GMT 22 Jan 82", "SK2709040689
    # Seoul YONHAP in English 0406 GMT 27 Sep 89")
    r"|(?:[A-Z]{2}\d{6}(?:\d{4})?[ \t]+)?[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,2}[ \t]+[A-Z][A-Za-z]+"
    r"(?:[ \t][A-Z][A-Za-z]+){0,3}[ \t]+in[ \t]+"
    # (a newspaper's item has no time but its page: "SK160105 Seoul THE KOREA HERALD in English 16 May 85 p 1")
    r"[A-Z][a-z]+[ \t]+(?:\d{4}[ \t]+(?:GMT|UTC)[ \t]+)?"
    r"(?=\d{1,2}[ \t]+[A-Za-z]{3,9}[ \t]+\d{2}(?:[ \t]+p[ \t]*\d+)?[ \t]*$)"
    rf"|[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}})?[ \t]+(?={_WEEKDAY}[ \t])"  # "SEOUL Fri Jan 17, 2014 5:32am EST" (reuters.com)
    # (with the country after the city: "INCHEON South Korea Sat Oct 4, 2014 8:36am EDT", "PAJU, South Korea Mon ...")
    rf"|[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}})?,?[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+(?={_WEEKDAY}[ \t])"
    # "\u2014 Sep. 21, 2013 3:53 AM EDT" (AP's Big Story pages: a dash before the day, under the headline)
    rf"|(?:[\u2014\u2013]|--)[ \t]*(?=(?i:{_MONTHS})\.?[ \t]+\d{{1,2}},[ \t]*\d{{4}})"
    # "WORLD MAY. 11, 2013 - 07:15PM JST" (Japan Today: its section in capitals before the day; in its other layout
    # with a capital only: "Asia Feb. 27, 2001 06:12 pm JST")
    rf"|[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}})?[ \t]+(?=(?i:{_MONTHS})\.?[ \t]+\d{{1,2}},[ \t]*\d{{4}})"
    r"|(?:Asia|World|National|Politics|Business|Crime|Tech|Sports|Entertainment|Lifestyle)[ \t]+"
    rf"(?=(?i:{_MONTHS})\.?[ \t]+\d{{1,2}},[ \t]*\d{{4}})"
    # "Desert Sun, Number 18, ", "Press, Volume CXXVII, Issue 37616, "
    r"|[A-Z][\w .'&-]{2,40},[ \t]*(?:Volume[ \t]+\w+,[ \t]*)?(?:Number|Issue)[ \t]+\d+,[ \t]*"
    r"|(?:The[ \t]+)?[A-Z][A-Za-z.'&-]*(?:[ \t][A-Z][A-Za-z.'&-]*){0,3},[ \t]*(?=[^\n]*,[ \t]*Page[ \t]+\d+[ \t]*$)"
    # ProQuest's historical newspapers: "The Guardian (1959-2003); Oct 2, 1976; pg. 5", "New York Times (1923-Current
    # file); Jun 14, 1985; pg. A3" (the paper, its run in brackets, a semicolon before the day)
    rf"|(?:The[ \t]+)?[A-Z][A-Za-z.'&-]*(?:[ \t][A-Z][A-Za-z.'&-]*){{0,3}}(?:[ \t]+\(\d{{4}}[ \t]*-[^()\n]{{1,20}}\))?"
    rf";[ \t]*(?=(?i:{_MONTHS})\.?[ \t]+\d)"
    # (the paper's name and a day-first date alone, without the page: "The Straits Times, 9 May 1985", NewspaperSG)
    rf"|(?:The[ \t]+)?[A-Z][A-Za-z.'&-]*(?:[ \t][A-Z][A-Za-z.'&-]*){{0,3}},[ \t]*"
    rf"(?=\d{{1,2}}[ \t]+(?i:{_MONTHS})[ \t]+\d{{4}}[ \t]*$)"
    # newspapers.com's clipping line: "Clipped from The Indianapolis Star, Indianapolis, Indiana, Sun, Jan 26, 1986
    # \u00b7 Page 12" (the paper and its place, then the day)
    # (or the day first and the weekday after it: "Clipped from Lewiston Evening Journal, 31 May 1975, Sat, Page 3")
    rf"|Clipped[ \t]+from[ \t]+[^\n]{{1,90}}?(?:,|[ \t]*[\u00b7\u2022])[ \t]*"
    rf"(?={_WEEKDAY}[ \t]|\d{{1,2}}[ \t]+(?i:{_MONTHS})[ \t]+\d{{4}},)"
    # "Twitter Send 2010/06/24 15:07 KST" (Yonhap's English site of 2010: its share buttons before the stamp)
    r"|Twitter[ \t]+Send[ \t]+"
    # "NORTH KOREA NEWSLETTER NO. 301 (February 20, 2014)", or "(Feb. 20, 2014)" on the line under the newsletter's
    # name: the day in brackets (closed at the end)
    r"|(?:(?i:[A-Z][A-Za-z.' ]{1,40}?[ \t]+newsletter[ \t]+no\.?[ \t]*\d+)[ \t]*)?\((?=[^()\n]+\)[ \t]*$)"
    # "The Japan Times: Saturday, Aug. 31, 2002" (a paper's name and a colon before the weekday, its old site)
    rf"|(?:The[ \t]+)?[A-Z][A-Za-z&'.]*(?:[ \t][A-Z][A-Za-z&'.]*){{0,3}}:[ \t]+(?={_WEEKDAY}[ \t])"
    # "Hwang Min-seo May 6, 2025" (a reporter's name and the day on one line, as NK News prints it)
    # (not a headline's last words: "Talks Set For June 2, 2024")
    # (a hyphen in the first name too: "Eun-ji Marsh May 10, 2025"; an ordinal day: "Min Seo-yeon April 28th, 2020")
    rf"|(?!{_HEADLINE_WORD})[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t](?!{_HEADLINE_WORD})[A-Z][a-z]+(?:-[a-z]+)?){{1,2}}[ \t]+"
    rf"(?=(?i:{_MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,[ \t]*\d{{4}}[ \t]*$)"
    # "Axios July 17, 2019" (an outlet's name before the day, as a portal prints it; "Kyodo News, June 10, 2010 19:02
    # JST", Kyodo's own page: the name and a comma; "Yonhap English News, May 7, 2004", a library's archive page)
    # ("Japan Economic Newswire   September 18, 2000, Monday", Kyodo's English wire as a news database prints it)
    # ("Xinhua, August 22, 2015", China's state agency as a reprint site names it)
    rf"|(?:Axios|Reuters|Yonhap(?:[ \t]+(?:English[ \t]+)?News(?:[ \t]+Agency)?)?|AFP|UPI|Kyodo(?:[ \t]+News)?|Xinhua"
    rf"|Associated[ \t]+Press|Japan[ \t]+Economic[ \t]+Newswire|Agence[ \t]+France-Presse)(?:[ \t]*,)?[ \t]+"
    rf"(?=(?i:{_MONTHS})\.?[ \t]+\d)"
    # "guardian.co.uk, ", also after the agency ("Reuters, guardian.co.uk, Tuesday 24 March 2009 09.31 GMT")
    r"|(?:(?:Reuters|AP|Associated[ \t]+Press|AFP|Yonhap)[ \t]*,[ \t]*)?"
    r"[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|co\.uk|org|net|co\.kr|kr)[ \t]*,[ \t]*"
    # "www.chinaview.cn 2008-04-03 18:17:27" (Xinhua's English site of the 2000s: its address before the stamp)
    # ("English.news.cn   2015-08-22 14:35:12", its later address, a capital first and no "www")
    r"|(?:www\.)?[A-Za-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|cn|net|org|kr|jp)[ \t]+(?=\d{4}-\d{2}-\d{2}[ \t])"
    # "Source: Xinhua| 2018-06-01 20:14:37|Editor: Mu Xuequan" (xinhuanet.com in the late 2010s: the source, the
    # stamp and the editor on one line)
    r"|Source:[ \t]*[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,3}[ \t]*\|[ \t]*(?=\d{4}-\d{2}-\d{2}[ \t])"
    # ProQuest's citation line: "Yonhap News Agency; Seoul [Seoul]. 21 Jan 1986." (its full stop after the year)
    r"|[A-Z][\w .'&-]{2,60};[ \t]*[A-Z][\w .'-]{1,40}(?:[ \t]*\[[^\]\n]{1,40}\])?\.[ \t]+(?=[^\n]*\d{4}\.[ \t]*$))?"
    rf"(?:[A-Z][A-Za-z&'.]*(?:[ \t][A-Za-z&'.]+){{0,3}}[ \t]+(?={_TIME}))?"
    rf"(?:{_TIME}(?:[ \t]*{_ZONE})?,?[ \t]+)?"
    rf"(?:{_WEEKDAY}[ \t]+)?"
    # (an ordinal day: "Saturday, June 29th 2002, 8:24 am", as a local TV site prints AP copy)
    rf"(?P<date>(?i:{_MONTHS})(?:\.?[ \t]+|\.)\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+|,)\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?i:{_MONTHS})\.?,?[ \t]+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{4}}"  # "12-20-2006 16:42" (read only when the day cannot be a month)
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"  # "22.09.2013" (day first, as Deutsche Welle and European sites print it)
    rf"|\d{{1,2}}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{{4}}"  # "16-JAN-1989 08:47:12.05"
    # (the source line's "17 Mar 87", "16 May 85 p 1")
    rf"|(?<=GMT[ \t]|ish[ \t])\d{{1,2}}[ \t]+(?i:{_MONTHS})[ \t]+\d{{2}}(?=(?:[ \t]+p[ \t]*\d+)?[ \t]*$))"
    # "2004-06-09 (수)": the weekday in Korean after the date (the Korea Times' U.S. archive)
    r"(?:[ \t]*\([\uc6d4\ud654\uc218\ubaa9\uae08\ud1a0\uc77c]\))?"
    rf"(?:,?[ \t]+{_WEEKDAY}(?:[ \t]+(?i:(?:[AP]M|BC)[ \t]+cycle))?)?"  # "February 1, 1989, Wednesday, AM cycle"
    # (a zone before the time: "Sunday August 23, 2009 MYT 1:18:42 PM", as The Star prints Reuters copy)
    # ("May 24, 2016 \u00b7 7:41 AM ET", NPR: a middle dot before the clock)
    rf"(?:(?:[ \t]*[,;]?[ \t]+(?:at[ \t]+)?|[ \t]*[/|\u00b7\u2022][ \t]*|[ \t]+[-\u2013\u2014][ \t]+|(?<=\d))"
    rf"(?:[A-Z]{{3,4}}[ \t]+)?{_TIME}(?:[ \t]*{_ZONE})?"
    # (a second clock in another zone: "Thursday, 18 October, 2001, 09:12 GMT 10:12 UK", BBC News Online)
    rf"(?:[ \t]+{_TIME}[ \t]*{_ZONE})?)?"
    # "... Posted: 0937 GMT (1737 HKT)" (CNN), "... 17:48 KST Modified on : ..." (the Hankyoreh)
    # ("Wednesday, December 10, 1997 Published at 11:05 GMT", BBC News Online's archive)
    # ("April 3, 2008 -- Updated 1132 GMT (1932 HKT)", CNN's pages of 2008: two hyphens before the update)
    r"(?:[ \t]*(?:[(/]|--)?[ \t]*(?i:updated|last[ \t]+updated|posted|modified|published[ \t]+at)\b[^\n]*"
    r"|[ \t]*/[ \t]*(?i:(?:an?|\d+)[ \t]+(?:minute|hour|day|week|month|year)s?[ \t]+ago)"
    r"|[ \t]+[-\u2013\u2014|\u00b7\u2022][ \t]+[A-Z][^\n]{0,40}"
    # "December 10, 1990|By MIN-JI SUH, Associated Press", "Sept. 10, 2019 - 15:02 By Yonhap" (a daily's mobile page)
    r"|(?:[ \t]*\||[ \t])[ \t]*(?:By|BY|by)[ \t][^\n]{0,60}"  # ("Dec 8,2007 00:00 by UPI", Bend Weekly)
    # "May 23, 2003 / 7:18 AM / AP", "August 11, 2000|From the Associated Press" (the Los Angeles Times archive)
    # "September 27, 1985|United Press International" (the Sun-Sentinel archive), "Dec. 7, 2008, 7:24 AM UTC / Source:
    # The Associated Press" (nbcnews.com)
    # ("August 22, 2003|The Associated Press", the Chicago Tribune's archive)
    r"|[ \t]*[/|][ \t]*(?:From[ \t]+(?:the[ \t]+)?|Source:[ \t]*(?:The[ \t]+)?|The[ \t]+)?"
    r"(?:AP|Reuters|AFP|Yonhap|UPI|Associated[ \t]+Press|United[ \t]+Press[ \t]+International"
    r"|Agence[ \t]+France-Presse|Kyodo(?:[ \t]+News)?)"
    # "October 13, 1992|ANNA KESTRELL | TIMES STAFF WRITER" (the Los Angeles Times archive: the writer and title)
    r"|[ \t]*\|[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3}[ \t]*\|[ \t]*(?:[A-Z][A-Za-z]+[ \t]+){0,3}"
    r"(?:WRITER|Writer|CORRESPONDENT|Correspondent)S?\b"
    r"|[ \t]+in[ \t]+[A-Z][\w/&' -]{0,40}"  # "April 6, 1996 in Nation/World"
    # the paper's city and country after the day ("Pacific Stars And Stripes (Newspaper) - September 7, 1976, Tokyo,
    # Japan", NewspaperArchive)
    r"|,[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2},[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}"
    r"|[ \t]+(?:GMT|UTC)"  # "July 3, 2020 GMT" (apnews.com, a zone without a time)
    r"|[ \t]*\|[ \t]*Editor:[^\n]{0,60}"  # "...|Editor: Mu Xuequan" (xinhuanet.com: the editor after the stamp)
    # "Tuesday February 9 2016, 12.01am, The Times" (the paper's name after the clock, as The Times' site prints it)
    r"|,[ \t]+The[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}"
    r"|(?<=T)[ \t]+\([ \t]*\d+[ \t]*\)"  # "MAY. 11, 2013 - 07:15PM JST ( 6 )" (Japan Today: its comment count)
    r"|[ \t]+\((?:AP|AFP|Reuters|Yonhap|UPI|Kyodo)\)"  # "SEOUL, South Korea Dec 9, 2007 (AP)"
    r"|[ \t]+\((?:Mainichi|Asahi|Yomiuri|Japan[ \t]+Times|Kyodo[ \t]+News)(?:[ \t]+Japan)?\)"  # "(Mainichi Japan)"
    # "July 26, 1994, Section A, Page 3", "Sept. 3, 1989, Section 1, Page 14" (the New York Times' archive of its print
    # edition)
    r"|,[ \t]*Section[ \t]+[A-Z0-9]{1,2},[ \t]*Page[ \t]+[A-Z]?\d+"
    r"|[ \t]*[\u00b7\u2022][ \t]*\d+[ \t]*min(?:ute)?s?\.?[ \t]*read"  # "7:40 AM·2 min read" (Yahoo)
    # "The Straits Times, 2 December 1972, Page 3" (NewspaperSG, Papers Past), "Sunday, August 11, 2002; Page A20" (the
    # Washington Post's archive)
    r"|(?<=,)[ \t]*Page[ \t]+[A-Z]?\d+"  # (the comma taken by the weekday before it: "31 May 1975, Sat, Page 3")
    r"|[,;][ \t]*Page[ \t]+[A-Z]?\d+"
    r"|[ \t]+PAGE[ \t]+\d+"  # "THE KOREA HERALD, THURSDAY, NOVEMBER 30, 1989    PAGE 2" (a page header)
    # "The Times, Wednesday, Aug 23, 1972; pg. 6; Issue 58561" (a digital archive's citation of the page)
    # (with a full stop after the issue: "...; pg. 5; Issue 60548.", as Gale's citation ends)
    # (and the column after the issue: "...; Issue 58888; col C")
    r"|;[ \t]*pg\.?[ \t]*[A-Z]?\d+(?:[ \t]*;[ \t]*Issue[ \t]+\d+\.?)?(?:[ \t]*;[ \t]*col[ \t]+[A-Z]\.?)?"
    r"|(?<=\d\d)[ \t]+p[ \t]*\d+)?"  # "... in English 16 May 85 p 1" (a monitoring service's newspaper item)
    r"[ \t]*(?:\]|\)|(?<=\d)\.(?<=[12]\d{3}\.))?[ \t]*$"
)
_BY_AGENCY_END = re.compile(r"\b(?:By|BY)[ \t]+([A-Za-z][A-Za-z ]{1,30}?)[ \t]*$")  # the agency that ends a stamp
# A newspaper text archive's record on one line: "Roanoke Times Copyright (c) 1995, ... DATE: WEDNESDAY, October 23,
# 1991 TAG: ... SOURCE: Associated Press DATELINE: SEOUL, SOUTH KOREA LENGTH: Medium"
_RECORD_LINE = re.compile(
    rf"\bDATE:[ \t]*(?:{_WEEKDAY}[ \t]+)?(?P<date>(?i:{_MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
    r"(?:.*?\bSOURCE:[ \t]*(?P<source>[A-Za-z][A-Za-z ]*?)(?=[ \t]+[A-Z]{3,}:|[ \t]*$))?"
)
# A stamp with no year ("Saturday October 31 8:12 AM ET"), skipped as a header line once the date is known
_YEARLESS_DATE_LINE = re.compile(
    rf"^[ \t]*(?:{_WEEKDAY}[ \t]+)?(?i:{_MONTHS})\.?[ \t]+\d{{1,2}},?(?:[ \t]+{_TIME}(?:[ \t]*{_ZONE})?)?[ \t]*$"
)
# A photo caption copied with a web article: "FILE - ...", "In this photo provided by ...", a credit line
_CAPTION = re.compile(
    r"\A\s*(?:FILE\s*[-\u2013\u2014]|In this (?:undated |handout |file )?(?:photo|image|picture)\b|"
    r"This (?:undated |handout )?(?:photo|image|picture)\b)"
    r"|\((?:AP|Yonhap|Reuters|AFP|Getty)?\s*Photos?\b[^)\n]*\)\s*\Z"
    r"|\([^()\n]*\bvia AP\)\s*\Z"
    r"|(?:\A|\s)(?:Photo illustration|Photos?|Illustration|Image|Credit)\s*:\s*[^\n]{1,120}\Z"
    r"|\bvia Getty Images\)?\s*\Z"
    r"|\A\s*Item \d+ of \d+\b|(?:\A|\s)(?:REUTERS|AFP|AP|YONHAP|EPA|KCNA)/[^\n/]{2,60}\Z"
)
# A newsroom's note between paragraphs ("(ATTN: UPDATES with details in paras 4-6)", "(EDITORS: ...)"):
# section "Editor's note", which the extractors skip
_EDITOR_NOTE = re.compile(r"\A\s*\((?:ATTN|EDITORS?|CORRECTS|UPDATES|RECASTS|ADDS)\b[^\n]*\)\s*\Z")
# AP's wire copy: the slug above the headline ("BC-AS-Koreas-Talks,0412", "AM-Koreas-Talks, 1st Ld-Writethru,0533"),
# the editors' line under it ("Eds: UPDATES with Seoul reaction."), and the trailer that dates it: desk, month, day,
# two-digit year, time ("AP-WS-05-27-09 0341EDT")
_WIRE_SLUG = re.compile(r"[ \t]*(?:BC|AM|PM)-[A-Za-z][\w.&-]*(?:,[ \t]*[\w. &-]+)*[ \t]*$")
_EDS_LINE = re.compile(r"[ \t]*(?:Eds|EDs|EDS)[ \t]*:[ \t]*\S")
_AP_TRAILER = re.compile(r"^[ \t]*AP-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})[ \t]+\d{3,4}[A-Z]{3}[ \t]*$", re.M)
# A paragraph that opens with a credit ("Photo: ...") is a caption, not an Axios label "Photo"
_CREDIT = re.compile(r"[ \t]*(?:Photo illustration|Photos?|Illustration|Image|Credit)[ \t]*:")
# "(AP)", an archive's "{AP}", Kyodo's bare "Kyodo" ("TOKYO, Jan. 29 Kyodo -")
_WIRE_TAG = r"(?:[({](?P<tag>(?i:AP|Reuters|Reuter|Yonhap|AFP|KCNA|UPI|Kyodo))[)}]|(?P<bare_tag>Kyodo))"
_DATELINE = re.compile(
    r"^(?:\[(?:Text|Excerpts?)\][ \t]*)?"  # a monitoring service's note before the dateline ("[Text] Seoul, ...")
    # (a place in spaced capitals, "S E O U L, South Korea, March 29, 2001 (Reuters) --", as ABC News printed wire
    # copy; no place at all: "(Reuters) -" under "SEOUL | <date>")
    r"(?P<place>(?:[A-Z](?:[ \t][A-Z]){2,}(?=,)|[A-Z][A-Za-z.'\-]+(?:[ \t][A-Z][A-Za-z.'\-]+)*)?)"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)*?))?"
    # (the weekday before the day, as newspapers printed wire copy: "SEOUL, South Korea, Monday, Nov. 16 (Reuters) -")
    r"(?:,[ \t]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=,[ \t]*" + _MONTHS + r"))?"
    # (a year after the day: "SEOUL, Dec. 23, 1999 (UPI) --", as UPI's archive prints its copy, dates the story)
    # (no place at all: "July 22 (UPI) --", as portals printed UPI copy)
    r"(?:(?:,[ \t]*|(?<![^\n]))(?P<md>" + _MONTHS + r"\.?[ \t]+\d{1,2})(?:,[ \t]*(?P<year>(?:19|20)\d\d))?)?"
    r"[ \t]*" + _WIRE_TAG + r"[ \t]*(?:--|—|–|-|_(?=[ \t]))[ \t]*"
)
# A dateline without a wire tag, as newspapers printed wire copy ("SEOUL, South Korea —", "SEOUL, South Korea
# --"): an all-capital place, an optional region, a dash
_DATELINE_BARE = re.compile(
    r"^(?!(?:FILE|PHOTO|PHOTOS|UPDATE|UPDATED|CORRECTION|EDITORS?|ATTN|NOTE|WARNING|BREAKING)\b)"
    # (a place in spaced capitals, "S E O U L", as ABC News printed AP copy in 2000)
    r"(?P<place>[A-Z][A-Z.'\-]{2,}(?:[ \t][A-Z][A-Z.'\-]+)*|[A-Z](?:[ \t][A-Z]){2,})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)*?))?"
    # (a year after the day: "SEOUL, South Korea, Sept. 25, 2000 --" dates the story)
    r"(?:,[ \t]*(?P<md>" + _MONTHS + r"\.?[ \t]+\d{1,2})(?:,[ \t]*(?P<year>(?:19|20)\d\d))?)?"
    r"(?:[ \t]*(?:--|\u2014|\u2013)|[ \t]+[-_](?=[ \t]))[ \t]*"
)
_DATELINE_TASS = re.compile(
    r"^(?P<place>[A-Z][A-Z\-]+(?:[ \t][A-Z][A-Z\-]+)*),[ \t]*(?P<md>" + _MONTHS + r"\.?[ \t]+\d{1,2})\."
    r"[ \t]*/(?P<tag>TASS)/\.?[ \t]*"
)
_TRAILER = re.compile(
    r"^[ \t]*(?:\(END\)|AP-[A-Z]{2}-\d{2}-\d{2}-\d{2}[ \t]+\d{3,4}[A-Z]{3}"  # (AP's wire trailer)
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\((?:Reporting|Writing|Editing)[ \t]+by[^)]*\)"
    r"|\(?[A-Za-z ]*Copyright[^\n]*)[ \t]*$",
    re.I,
)
# Lines after which a copied web page holds no more article: Yonhap's "(END)" and the keywords under it,
# Reuters' "Our Standards:" and un-bracketed "Reporting by ...; Editing by ...", AP's "... contributed to this
# report." and the author's biography after it, "___" rules before "Follow AP's coverage ...".
_HARD_END = re.compile(
    r"[ \t]*(?:\(END\)|Our Standards:|Keywords[ \t]*$|(?:Reporting|Writing|Editing|Additional reporting)[ \t]+by\b"
    r"|_{3,}[ \t]*$|Follow AP'?s coverage\b"
    r"|(?-i:NS|RE|IN|IPD|IPC|PUB|AN|CO)[ \t]{2,}\S"  # Factiva's codes after the text
    # a ProQuest record's fields after the story
    r"|(?:Credit|Subject|Publication[ \t]+title|Publication[ \t]+year|ProQuest[ \t]+document[ \t]+ID)[ \t]*:"
    r"|[^\n]{0,160}\bcontributed(?: reporting)? to this (?:report|story)\.?[ \t]*$)",
    re.I,
)
_KEEP_HARD_END = re.compile(r"[ \t]*\(END\)")  # kept so that the trailer rule below trims it with the e-mail
# ("▲ Oct. 23 -- ...": Yonhap's chronology lines and photo notes)
_BULLET = re.compile(r"^[ \t]*([•●▪◦‣∙·▲■▶►]|[-*–](?=[ \t]))[ \t]*")
_LABEL = re.compile(r"([A-Z][A-Za-z'’,\- ]{0,60}?)(?::|\.\.\.|…)(?=[ \t]|$)[ \t]*")
# a headline in title case, " : ", then its deck (the Los Angeles Times archive's form)
_DECK_JOINED = re.compile(r"^[A-Z][^.?!:\n]*[^.?!:\s][ \t]:[ \t]+[A-Z]")
#: A line ending in a closing quotation mark with no full stop, question or exclamation mark inside it
_QUOTE_END = re.compile(r"[^.?!\s][\"\u201d\u2033']$")
_TERMINAL = re.compile(r"[.?!][\"'”’″)\]]*$|[\"”″]$")
# a headline may end in an abbreviation's period ("... in late Nov. or early Dec.", "... with U.S.")
_ABBREVIATION_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Corp|Co|Inc|Ltd|Jr|Sr|Mt|U\.S|U\.N|U\.K|S|N)\.$"
)

# Sentence boundary: . ? ! plus closing quotes / brackets, then white space, then something that can start a
# sentence (capital, digit, opening quote or bracket).
_BOUNDARY = re.compile(r"([.?!])([\"'”’″)\]]*)(\s+)(?=(?:``|[\"'“‘″(\[])?[A-Z0-9])")  # (`` ″: archived AP)
_NO_BREAK_ABBREVS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "sen", "rep", "gov", "pres",
    "st", "jr", "sr", "no", "nos", "vs", "inc", "corp", "co", "ltd", "prof", "amb", "gens", "cmdr", "brig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept",
    "n", "s", "e", "w",
    "mt", "mts", "ft",  # "North Korea's Mt. Kumgang resumed", "Ft. Bragg"
}
# Abbreviations that often end a sentence too: break only when the next word typically opens a sentence.
_SOFT_ABBREVS = {"u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "d.c", "s.k", "n.k", "etc"}
_SENTENCE_OPENERS = {
    "The", "It", "He", "She", "They", "But", "In", "This", "That", "We", "I", "A", "An", "However",
    "Meanwhile", "On", "Its", "His", "Her", "Their", "There", "Officials", "Earlier", "Later", "After", "Since",
}


@lru_cache(maxsize=1)
def _section_vocab() -> tuple[int, int, frozenset[str], frozenset[str]]:
    data = _sections_data()
    known = frozenset(s.lower().replace("’", "'") for s in data["known_labels"])
    not_words = frozenset(w.lower() for w in data["not_label_words"])
    return int(data["max_words"]), int(data["max_chars"]), known, not_words


@lru_cache(maxsize=1)
def _sections_data() -> dict:
    from .datafiles import read_yaml

    return read_yaml(None, "sections.yaml", "section labels")[0]


@lru_cache(maxsize=1)
def _page_chrome() -> frozenset[str]:
    """Lines of a copied web page that are not the article ("Share", "Advertisement"; data/sections.yaml)."""
    return frozenset(_line_key(str(w)) for w in _sections_data().get("page_chrome") or ())


@lru_cache(maxsize=1)
def _related_headings() -> frozenset[str]:
    """Headings of a page's list of links to other stories ("RELATED COVERAGE"; data/sections.yaml)."""
    return frozenset(_line_key(str(w)) for w in _sections_data().get("related_headings") or ())


@lru_cache(maxsize=1)
def skip_sections() -> frozenset[str]:
    """Sections that are not the article's own reporting (links, notes, captions, page furniture): the event
    and statement extractors do not read them (``skip_sections`` in data/sections.yaml)."""
    return frozenset(str(w) for w in _sections_data().get("skip_sections") or ())


def _line_key(line: str) -> str:
    """A line as compared with the page-furniture lists: lower case, without a bullet or end punctuation ("Sign up
    here."), a share button's name told twice once ("facebookfacebook": the icon's text and the label)."""
    key = _BULLET.sub("", line.strip()).lower().rstrip(".:").rstrip()
    half = len(key) // 2
    if len(key) >= 4 and len(key) % 2 == 0 and key[:half] == key[half:] and " " not in key:
        key = key[:half]
    return key


# a short paragraph that ends with a link ("Follow AP's coverage of Asia at https://...")
_ENDS_WITH_LINK = re.compile(r"(?:https?://|www\.)\S+\s*\Z")


def _label_at(text: str, start: int, end: int) -> tuple[str, int] | None:
    """Return (label, content_start) when the paragraph text[start:end] opens with an Axios-style label."""
    m = _LABEL.match(text, start, end)
    if not m:
        return None
    label = m.group(1).strip()
    max_words, max_chars, known, not_words = _section_vocab()
    words = label.split()
    key = label.lower().replace("’", "'")
    if key in known:
        return label, m.end()
    if not words or len(words) > max_words or len(label) > max_chars:
        return None
    if any(w.lower().strip(",") in not_words for w in words):
        return None
    # general shape: sentence case ("What she's saying", "Driving the news"), not names ("Kim Yo-jong")
    if any(w[:1].isupper() for w in words[1:]) or any(c.isdigit() for c in label):
        return None
    if m.end() >= end:  # a label must lead into something
        return None
    return label, m.end()


# --------------------------------------------------------------------------------------------------- decoding
def _decode(raw: bytes, name: str, encoding: str) -> str:
    if not raw:
        raise ArticleError(f"{name}: empty file")
    if len(raw) > MAX_BYTES:
        raise ArticleError(
            f"{name}: {len(raw):,} bytes is over the {MAX_BYTES:,}-byte limit for one article; split the file "
            "into articles (one per file)"
        )
    kind = _binary_kind(raw)
    if kind:
        raise ArticleError(f"{name}: binary file ({kind}), not article text; save the article as plain text")
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        detail = (f"byte 0x{raw[exc.start]:02x} at offset {exc.start}" if isinstance(exc, UnicodeDecodeError)
                  else str(exc))
        raise ArticleError(
            f"{name}: not valid {encoding} ({detail}); pass encoding='cp1252' or 'euc-kr' "
            "(CLI: --encoding) or re-save the file as UTF-8"
        ) from None
    return _normalise(text)


def _normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _binary_kind(raw: bytes) -> str | None:
    head = raw[:8]
    for sig, kind in ((b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"PK\x03\x04", "ZIP/Office document"),
                      (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"), (b"\x1f\x8b", "gzip archive")):
        if head.startswith(sig):
            return kind
    if b"\x00" in raw[:4096]:
        return "contains NUL bytes"
    return None


_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|p|div|article)\b", re.I)


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise ArticleError(f"{name}: contains only white space")
    if _HTML.search(text[:2000]) and text.count("<") > 5:
        raise ArticleError(
            f"{name}: looks like an HTML page, not article text; copy the article's text into a .txt file "
            "(or save the page as plain text) and read that"
        )


# --------------------------------------------------------------------------------------------------- parsing
def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _parse_date_words(s: str) -> dt.date | None:
    from .dates import parse_published

    # ("May.26,2006", the Hankyoreh's stamp; "February. 07, 2017", the Dong-A's: a full month name with a full stop)
    d = parse_published(_FULL_MONTH_STOP.sub(r"\1", _GLUED_MONTH_DAY.sub(r"\1. \2, \3", s)))
    m = _DAY_MON_YY.search(s) if d is None else None
    if m is not None:  # "03-Jul-02" (an archive's two-digit year: 50-99 are the 1900s)
        yy = int(m.group(3))
        months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        try:
            d = dt.date(1900 + yy if yy >= 50 else 2000 + yy, months.index(m.group(2).lower()[:3]) + 1,
                        int(m.group(1)))
        except ValueError:
            d = None
    m = _DMY_DOTTED.search(s) if d is None else None
    if m is not None:  # "22.09.2013": day, month, year with full stops (never month first)
        try:
            d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            d = None
    m = _MDY_DASHED.search(s) if d is None else None
    if m is not None:  # "10-14-2003 17:33" (a Korean daily's reprint stamp: month first, only when the day says so)
        try:
            d = dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        except ValueError:  # ("02-30-2003": no such day, no date)
            d = None
    return d


#: day-month-year with full stops ("22.09.2013", "1.10.2018"), the European order
_DMY_DOTTED = re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.])")
#: month-day-year with dashes, only where the day cannot be a month ("10-14-2003"; never "10-04-2003")
_MDY_DASHED = re.compile(r"(?<![\d-])(0?[1-9]|1[0-2])-(1[3-9]|2\d|3[01])-((?:19|20)\d\d)(?![\d-])")
_FULL_MONTH_STOP = re.compile(r"\b((?i:January|February|March|April|June|July|August|September|October|November"
                              r"|December))\.(?=[ \t]*\d)")
_GLUED_MONTH_DAY = re.compile(r"\b([A-Z][a-z]{2,8})\.(\d{1,2}),(\d{4})\b")
_DAY_MON_YY = re.compile(
    r"\b(\d{1,2})(?:-|[ \t]+)((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z]*(?:-|[ \t]+)(\d{2})\b"
    r"(?![:.]?\d)"
)
# a byline with the date after a middle dot or a bar ("By Carla Mendes ·Nov 21, 2019")
_BYLINE_DATE = re.compile(
    r"^[ \t]*(?:By|BY|Story[ \t]+by):?[ \t]+(?P<by>[^\u00b7\u2022|\n]+?)"  # ("BY: ANA RUIZ | OCTOBER 20, 2014")
    r"(?:[ \t]*[\u00b7\u2022|][ \t]*|[ \t]+[-\u2013\u2014][ \t]+(?:[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,3}[ \t]+-[ \t]+)?"
    r"|,[ \t]*Wire[ \t]+Service[ \t]+Content[ \t]+"  # "By Associated Press, Wire Service Content June 22, 2021, ..."
    # "By Daniel Kessler, Published: Wednesday, April 3, 2013, 4:12 AM" (a daily's pages of 2013: the stamp after the
    # writer's name and a comma)
    r"|,[ \t]*(?:Published|Updated|Posted)[ \t]*:[ \t]*"
    # "By REUTERS NOV. 16, 1998" (the New York Times archive: an agency in capitals, then the date in capitals)
    r"|(?<=[A-Z]{2})[ \t]+"
    r"(?=(?:JAN|FEB|MARCH|APRIL|MAY|JUNE|JULY|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?[ \t]+\d{1,2},[ \t]+\d{4})"
    # "By Associated Press Jun 28, 2004, 12:00am MDT" (the Deseret News' archive: an agency, then the date; "By The
    # Associated Press, March 29, 2011", a TV station's site: a comma between them)
    r"|(?:(?<=Press)|(?<=Reuters)|(?<=Yonhap)|(?<=AFP)|(?<=UPI))[ \t]*,?[ \t]+"
    r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4})"
    # "By Lena Hwang 9 May 2013" (a magazine's site: the day first, right after the writer's name)
    r"|(?<=[a-z])[ \t]+(?=\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{4}[ \t]*$)"
    # "By Dana Whitlock on February 11, 2016 1:40 pm", "By Dana Whitlock  Updated Feb 11, 2016, 1:40pm EST" (a web
    # magazine's byline and stamp on one line, the month first)
    # ("By Dana Whitlock Feb 11, 2016, 1:40pm EST", without the word)
    r"|(?<=[a-z])[ \t]+(?:(?:Updated(?:[ \t]+on)?|on)[ \t]+)?"
    r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,[ \t]*\d{4}\b))"
    r"(?P<date>\S.*?)[ \t]*$"
)


def _looks_like_byline(line: str) -> bool:
    name, sep, role = line.partition(", ")
    if (
        sep and role and len(role.split()) <= 6 and not any(c.isdigit() for c in role) and not _TERMINAL.search(role)
        and any(w[:1].islower() for w in role.split())  # (no title-case headline: "Koreas Strike Rail, Rice Deal")
    ):
        line = name  # "Ivy Marchetti, author of Axios World": the name before its role
    who, sep, place = line.partition(" in ")
    if sep and 2 <= len(who.split()) <= 3 and 1 <= len(place.split()) <= 2:
        line = who  # "Jonathan Swale in Tokyo": the Guardian's byline, the reporter and where they file from
    words = line.replace(" and ", " ").split()
    if not 2 <= len(words) <= 6 or any(c.isdigit() for c in line) or _TERMINAL.search(line.strip()):
        return False
    return all(w[:1].isupper() for w in words)


@dataclass
class _Header:
    published: dt.date | None = None
    published_text: str | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    author: str | None = None
    read_time: str | None = None
    outlet: str | None = None
    dateline: str | None = None  # a LexisNexis "DATELINE:" field
    body_start: int = 0
    factiva_1: bool = False  # Factiva's codes set off by one space


def _factiva_one_space(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether three of the first twelve non-empty lines are Factiva fields set off by one space."""
    firsts = [text[s:e] for s, e in lines if text[s:e].strip()][:12]
    return sum(1 for line in firsts if _FACTIVA_FIELD_1.match(line)) >= 3


def _parse_header(text: str, lines: list[tuple[int, int]], name: str) -> _Header:
    h = _Header()
    h.factiva_1 = _factiva_one_space(text, lines)
    field_re = _FACTIVA_FIELD_1 if h.factiva_1 else _FACTIVA_FIELD
    text_re = _FACTIVA_TEXT_1 if h.factiva_1 else _FACTIVA_TEXT
    had_date_header = False
    values: set[int] = set()  # lines read as the value of the field named on the line above
    glued_title = False  # the headline came on one line with the stamp
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        stripped = line.strip()
        if not stripped or i in values:
            continue
        m = _HEADER_DATE.match(line)
        if m and not had_date_header:
            had_date_header = True
            try:
                h.published = dt.date.fromisoformat(_pad_iso(m.group(1)))
            except ValueError:
                raise ArticleError(f"{name}: header date {m.group(1)} is not a valid date") from None
            h.published_text = m.group(1)
            if m.group(2):
                h.title = m.group(2)
                h.title_span = (s + m.start(2), s + m.end(2))
            continue
        if (m := _READ_TIME.match(line)):
            h.read_time = m.group(1)
            continue
        if (m := _FIELD_NAME.match(line)) and m.group("name").lower() == "body" and h.title is not None:
            continue  # the reading room's "Body:" over the text
        if (m := _FIELD_NAME.match(line)) and (field := _field_value(text, lines, i)) is not None and (
            h.title is not None or had_date_header or not line.rstrip().endswith(":")
        ) and _label_at(text, s + len(line) - len(line.lstrip()), e) is None:
            j, value = field
            name_ = " ".join(m.group("name").lower().split())
            if name_ not in _DATE_FIELDS:
                if name_ == "source":
                    h.outlet = h.outlet or _OUTLETS.get(re.sub(r"[ \t]+News[ \t]+Agency$", "", value).lower())
                values.add(j)
                continue
            if (d := _parse_date_words(value)) is not None:
                if name_.startswith("originally") and not had_date_header:  # the outlet's own day over the repost's
                    h.published, h.published_text = d, value
                h.published = h.published or d
                h.published_text = h.published_text or value
                values.add(j)
                continue
        if had_date_header and h.title is not None and stripped == h.title:
            continue  # the headline repeated under a ' date YYYY-MM-DD <headline>' line, above the page's own stamp
        if _line_key(stripped) in _page_chrome() or _EDITOR_NOTE.match(stripped) or _ARCHIVE_META.match(line) and not (
            h.published is None and _PRINT_STAMP.match(line)
        ):  # page chrome; a newsroom's "(ATTN: UPDATES ...)" note; an archive's metadata lines (not the print
            continue  # edition's day and page as the stamp: "July 26, 1994, Section A, Page 3")
        if (h.title is None and _WIRE_SLUG.match(line)) or _EDS_LINE.match(line):
            continue  # AP's wire slug above the headline, the editors' line
        if (m := field_re.match(line)):
            code, value = m.group(1), m.group(2)
            if code == "HD" and h.title is None:
                h.title, h.title_span = value, (s + m.start(2), s + m.end(2))
            elif code == "PD" and (d := _parse_date_words(value)):
                h.published = h.published or d
                h.published_text = h.published_text or value
            elif code == "BY":
                h.author = h.author or re.sub(r"^(?:By|BY)[ \t]+", "", value)
            continue
        if (m := text_re.match(line)) and h.title is not None:
            h.body_start = s + m.end()  # "LP     SEOUL, Oct. 23 Kyodo -- ...": the story opens after the code
            return h
        if "DATE:" in line and (m := _RECORD_LINE.search(line)) and (d := _parse_date_words(m.group("date"))):
            h.published = h.published or d
            h.published_text = h.published_text or m.group("date")
            if m.group("source"):
                h.outlet = h.outlet or _OUTLETS.get(m.group("source").strip().lower())
            continue
        if (m := _TROVE_LINE.match(line)) and (d := _parse_date_words(m.group("date"))):
            h.published = h.published or d  # "The Canberra Times (ACT : 1926 - 1995)  Thursday 12 June 1986  p 8"
            h.published_text = h.published_text or m.group("date")
            continue
        if (m := _NAME_AGENCY.match(line)) and _looks_like_byline(m.group(1)):
            h.author = h.author or m.group(1)  # "Soo-jin Park Associated Press"
            h.outlet = h.outlet or _OUTLETS.get(m.group(2).lower())
            continue
        if (m := _LEXIS_FIELD.match(line)):
            field_name, value = m.group(1), m.group(2)
            if field_name == "HEADLINE":
                if not (had_date_header and h.title is not None):  # (the ` date` line's headline stands)
                    h.title = value
                    h.title_span = (s + m.start(2), s + m.end(2))
            elif field_name == "BYLINE":
                h.author = re.sub(r"^(?:By|BY)[ \t]+", "", value)
            else:
                h.dateline = value
            continue
        if (m := _AGENCY_LINE.match(line)):
            h.outlet = h.outlet or _OUTLETS.get(re.sub(r"[ \t]+", " ", m.group(1)).lower())
            if h.title is not None and h.title_span is not None and text[h.title_span[0] : h.title_span[1]] == stripped:
                h.title = h.title_span = None
            continue  # "Associated Press Writer" under a byline, "Reuters World Service" above a date line
        if h.published is not None and (m := _SOURCE_LINE.match(line)) and m.group(1).lower() in _OUTLETS:
            h.outlet = h.outlet or _OUTLETS[m.group(1).lower()]
            continue  # "Reuters News" under an archive's date line
        if (m := _BYLINE_DATE.match(line)) and (d := _parse_date_words(m.group("date"))):
            if (agency := _OUTLETS.get(m.group("by").strip().lower())) is not None:
                h.outlet = h.outlet or agency  # "By REUTERS NOV. 16, 1998": the agency, no author
            else:
                h.author = h.author or m.group("by")
            h.published = h.published or d
            h.published_text = h.published_text or m.group("date")
            continue
        if (m := _BYLINE.match(line)) and len(m.group(1).split()) <= 8 and not _TERMINAL.search(stripped):
            by = m.group(1)
            outlet = _OUTLETS.get(by.lower().strip())
            if outlet:
                h.outlet = outlet
            else:
                h.author = by
            continue
        if (m := _PUBLISHED.match(line)) and (d := _parse_date_words(m.group(1))):
            h.published = h.published or d
            h.published_text = h.published_text or m.group(1)
            continue
        if (m := _US_DOTTED_STAMP.match(line)) and (d := _us_dotted_date(m)):
            h.published = h.published or d  # "Reuters, 07.18.04, 6:05 AM ET" (Forbes)
            h.published_text = h.published_text or stripped
            if m.group("by"):
                h.outlet = h.outlet or _OUTLETS.get(m.group("by").lower())
            continue
        if (m := _US_NUMERIC_STAMP.match(line)) and (d := _us_numeric_date(m)):
            h.published = h.published or d
            h.published_text = h.published_text or stripped
            continue
        if (m := _DATE_LINE.match(line)) and (d := _parse_date_words(m.group("date"))):
            h.published = h.published or d
            h.published_text = h.published_text or stripped
            if (by := _BY_AGENCY_END.search(line)) is not None:  # "Sept. 10, 2019 - 15:02 By Yonhap"
                h.outlet = h.outlet or _OUTLETS.get(by.group(1).lower())
            continue
        if h.published is not None and _YEARLESS_DATE_LINE.match(line):
            continue  # "Saturday October 31 8:12 AM ET" under a header that gave the year: a stamp, not the body
        nxt = next((j for j in range(i + 1, len(lines)) if text[lines[j][0]:lines[j][1]].strip()), None)
        if (
            h.author is not None and h.title is not None and h.published is None and len(stripped.split()) <= 6
            and not _TERMINAL.search(stripped) and not any(c.isdigit() for c in stripped)
            and _is_date_line(text, lines, nxt)
        ):  # the author's role between the byline and the date line ("Seoul correspondent")
            continue
        if h.author is None and _looks_like_byline(stripped) and (
            had_date_header or (h.title is not None and (h.published is not None or _is_date_line(text, lines, nxt)))
        ):  # a name without "By" under the headline, next to the date line (as copied from axios.com)
            h.author = stripped
            continue
        if h.title is None and h.published is None and (m := _TITLE_THEN_STAMP.match(line)) and (
            d := _parse_date_words(m.group("date"))
        ):  # "Hotlines near two years of silence Updated: 2025-04-05 17:20:11 KST": a page's headline and stamp
            # on one line (as copied from arirang.com), the headline often repeated under it
            h.title, h.title_span = m.group("title"), (s + m.start("title"), s + m.end("title"))
            h.published, h.published_text = d, m.group("date")
            glued_title = True
            continue
        if glued_title and stripped == h.title:
            continue
        # first line that is not metadata: a headline when it has no terminal punctuation and is short,
        # and more text follows; else the body starts here
        is_heading = (
            h.title is None and nxt is not None
            and (
                not _TERMINAL.search(stripped) or _ABBREVIATION_END.search(stripped) is not None
                # 'North Korea calls warning shots a "serious provocation"': a quoted phrase ending the headline
                or _QUOTE_END.search(stripped) is not None and _metadata_follows(text, lines, i)
                # "South Korea keeps calling North Korea. Nobody picks up." over an author and a date line
                or len(stripped.split()) <= 14 and _byline_and_date_follow(text, lines, nxt)
                # "The two Koreas just agreed to reunite families. Here's why that matters." over a dek, then the
                # byline and the date on one line (a web magazine's page)
                or len(stripped.split()) <= 20 and _dek_then_byline_date(text, lines, nxt)
                # a headline in title case made of short sentences ("The Office Is Open. Its Chiefs Have Stopped
                # Meeting."), over a dek, the byline and the date line
                or len(stripped.split()) <= 14 and _title_case(stripped) and _metadata_follows(text, lines, i)
                # a longer question over the byline ("EXPLAINER: With their pact gone, what still keeps ...?")
                or stripped.endswith("?") and _metadata_follows(text, lines, i)
                # a newspaper archive's headline joined to its deck by " : " ("Premier to Carry Summit Bid North :
                # Koreas: Kang crosses the border Tuesday ...."), over the agency and the date line
                or _DECK_JOINED.match(stripped) is not None and _metadata_follows(text, lines, i)
            )
            and len(stripped.split()) <= (45 if _DECK_JOINED.match(stripped) else 25)
            and not _DATELINE.match(stripped)
            and not _DATELINE_TASS.match(stripped) and not _BULLET.match(line)
            and (
                _label_at(text, s + len(line) - len(line.lstrip()), e) is None
                # "Investigators: North Korean torpedo sank South Korean warship" over a byline, "Explainer: After
                # the June fury, what is left of the 2018 deals?": a headline
                or (not _TERMINAL.search(stripped) or stripped.endswith("?")) and _metadata_follows(text, lines, i)
                # ("KOREAS: Seoul welcomes North Korea's nuclear safeguards pact, wants inspections soon." over
                # Factiva's byline, word count and date)
                or len(stripped.split()) <= 14 and _byline_and_date_follow(text, lines, nxt)
            )
        )
        if is_heading:
            lead = len(line) - len(line.lstrip())
            h.title = stripped
            h.title_span = (s + lead, s + lead + len(stripped))
            continue
        if (
            h.title is not None and h.published is None and h.author is None
            and len(h.title.split()) <= 4 and all(not w[:1].islower() for w in h.title.split())
            and not _TERMINAL.search(stripped) and len(stripped.split()) <= 25
            and _metadata_follows(text, lines, i)
        ):  # a site's section kicker ("World News", "Asia Pacific") above the headline, byline and date line
            lead = len(line) - len(line.lstrip())
            h.title = stripped
            h.title_span = (s + lead, s + lead + len(stripped))
            continue
        if (
            h.title is not None and h.published is None and not _TERMINAL.search(stripped)
            and len(stripped.split()) <= 30 and _metadata_follows(text, lines, i)
        ):  # a dek under the headline, above the byline and date line ("The move follows a launch from ...")
            continue
        if (
            h.title is not None and h.published is None and h.author is None and len(stripped.split()) <= 45
            and (_is_date_line(text, lines, nxt) or _byline_and_date_follow(text, lines, nxt))
        ):  # a teaser sentence between the headline and the date line right under it (local sites' AP copy), or
            # above the byline and the date line (U.S. News's AP pages)
            continue
        h.body_start = s
        return h
    h.body_start = len(text)
    return h


def _is_caption(par: str) -> bool:
    """A photo caption or credit paragraph; the end-anchored credits are only looked for near the end."""
    if not any(k in par for k in _CAPTION_WORDS):  # cheap test first: most paragraphs are no caption
        return False
    return _CAPTION.search(par if len(par) <= 160 else par[:40] + "\n" + par[-140:]) is not None


# every caption or credit _CAPTION accepts holds one of these
_CAPTION_WORDS = ("FILE", "hoto", "HOTO", "mage", "icture", "llustration", "Credit", "Item ", "/", "via AP")


def _dateline_after_captions(
    text: str, lines: list[tuple[int, int]], start: int, title: str | None = None
) -> int | None:
    """Start of a wire dateline line that follows only caption, credit or page-chrome lines after ``start``, the
    headline told again, or a short section name before it ("N Korea-South affairs", as a reprint site runs it)."""
    crumb_seen = False
    for s, e in lines:
        if s < start:
            continue
        line = text[s:e].strip()
        if not line or _line_key(line) in _page_chrome():
            continue
        if title and _line_key(line) == _line_key(title):
            continue
        if not crumb_seen and len(line.split()) <= 4 and not _TERMINAL.search(line) and title:
            crumb_seen = True
            continue
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        if _parse_dateline(text, s + lead)[0] is not None:
            return s + lead
        if not _is_caption(line):
            return None
    return None


def _field_value(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, str] | None:
    """The next non-empty line after a field's name (line ``i``) when it reads as a short value, with its index."""
    j = next((k for k in range(i + 1, len(lines)) if text[lines[k][0] : lines[k][1]].strip()), None)
    if j is None:
        return None
    value = text[lines[j][0] : lines[j][1]].strip()
    return (j, value) if len(value.split()) <= 8 and not _TERMINAL.search(value) else None


def _title_case(line: str) -> bool:
    """Whether every word of four letters or more starts with a capital ("Its Chiefs Have Stopped Meeting."), as
    a headline is written and a sentence of the story is not; at least four such words."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if len(w) >= 4]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _byline_and_date_follow(text: str, lines: list[tuple[int, int]], i: int | None) -> bool:
    """Whether line ``i`` is a date line, or an author's name (with or without "By") right above one."""
    if i is None:
        return False
    if _is_date_line(text, lines, i):
        return True
    line = text[lines[i][0] : lines[i][1]].strip()
    if (m := _BYLINE_DATE.match(line)) and _parse_date_words(m.group("date")):
        return True  # the byline and the date on one line ("By Owen Halloran  Updated Sep 9, 2015, 11:20am EDT")
    if not (_looks_like_byline(line) or _BYLINE.match(line) and not _TERMINAL.search(line)):
        return False
    # (an archive's word count may stand between: "By Graham Ashby / 458 words / 31 January 1992", as Factiva shows it)
    nxt = next((j for j in range(i + 1, len(lines)) if text[lines[j][0] : lines[j][1]].strip()
                and not _WORD_COUNT.match(text, lines[j][0], lines[j][1])), None)
    return _is_date_line(text, lines, nxt)


def _dek_then_byline_date(text: str, lines: list[tuple[int, int]], i: int | None) -> bool:
    """Whether line ``i`` is a short dek right above a byline with its date on one line, or above a byline and a
    date line."""
    if i is None or len(text[lines[i][0] : lines[i][1]].split()) > 30:
        return False
    nxt = next((j for j in range(i + 1, len(lines)) if text[lines[j][0] : lines[j][1]].strip()), None)
    if nxt is None:
        return False
    m = _BYLINE_DATE.match(text[lines[nxt][0] : lines[nxt][1]].strip())
    return m is not None and _parse_date_words(m.group("date")) is not None or (
        not _is_date_line(text, lines, nxt) and _byline_and_date_follow(text, lines, nxt)
    )  # (or the byline on a line of its own right above the date line)


# a page's topic tag between the headline and the byline ("Topic |   North Korea", the South China Morning Post's
# site; "Tags: North Korea, South Korea")
_TOPIC_TAG = re.compile(r"^[ \t]*(?:Topics?|Tags?)[ \t]*[|:][ \t]*[A-Z][^\n|]{0,60}$")


def _metadata_follows(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether a byline or a date line is among the next three non-empty lines after line ``i`` (a page's topic tag
    not counted)."""
    seen = 0
    for j in range(i + 1, len(lines)):
        line = text[lines[j][0] : lines[j][1]]
        if not line.strip() or _line_key(line) in _page_chrome() or _TOPIC_TAG.match(line):
            continue
        if _is_date_line(text, lines, j) or (_BYLINE.match(line) and not _TERMINAL.search(line.strip())) or (
            (m := _BYLINE_DATE.match(line)) and _parse_date_words(m.group("date"))
        ):
            return True
        seen += 1
        if seen == 3:
            return False
    return False


def _is_date_line(text: str, lines: list[tuple[int, int]], i: int | None) -> bool:
    """Whether line ``i`` gives a publication date (a date line or a 'Published:' line)."""
    if i is None:
        return False
    line = text[lines[i][0] : lines[i][1]]
    if (us := _US_NUMERIC_STAMP.match(line)) is not None and _us_numeric_date(us) is not None:
        return True
    m = _DATE_LINE.match(line) or _PUBLISHED.match(line)
    return bool(m and _parse_date_words(m.group(1) if m.re is _PUBLISHED else m.group("date")))


def _pad_iso(s: str) -> str:
    y, m, d = s.split("-")
    return f"{y}-{int(m):02d}-{int(d):02d}"


def _parse_dateline(text: str, start: int) -> tuple[re.Match | None, str | None]:
    seg = text[start : start + 200]
    m = _DATELINE.match(seg)
    if m:
        return m, _OUTLETS.get((m.group("tag") or m.group("bare_tag")).lower())
    m = _DATELINE_TASS.match(seg)
    if m:
        return m, "TASS"
    m = _DATELINE_BARE.match(seg)
    if m:
        return m, None
    return None, None


_RULE_LINE = re.compile(r"[ \t]*_{3,}[ \t]*$")
# the time stamp that opens an entry of a live page ("10:50 p.m.", "9 a.m.", "11:05 a.m. (KST)")
_ENTRY_TIME = re.compile(r"[ \t]*\d{1,2}(?::\d{2})?[ \t]*[ap]\.?m\.?(?:[ \t]*\([A-Z]{2,4}\))?[ \t]*$", re.I)


# a section head in capitals under a rule ("WHAT HAPPENED?", "WHAT'S NEXT?"), as AP's Q&As and explainers run
_CAPS_HEAD = re.compile(r"[ \t]*(?=[^a-z\n]*[A-Z]{2})[A-Z0-9][A-Z0-9 ,.'\u2019&\-]{2,80}[?:]?[ \t]*$")


def _section_head(para: str, after_rule: bool) -> bool:
    """A section head in capitals on a line of its own ("WHAT HAPPENED?"): under a "___" rule, or a question."""
    para = para.strip()
    return (
        "\n" not in para and len(para.split()) <= 8 and _CAPS_HEAD.fullmatch(para) is not None
        and (after_rule or para.endswith("?"))
    )


# an entry of a dated list ("— June 30, 2003: Construction begins.", "- 2000: ..."), as AP's key-dates boxes run
_DATED_ENTRY = re.compile(
    r"[ \t]*[\u2014\u2013\-\u2022*][ \t]+[A-Z0-9][\w.,' ]{0,25}?\b(?:1[89]|20)\d\d[ \t]*[:\u2014\u2013]")


def _entry_follows(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether the story goes on after the rule on line ``i``: the first non-blank line after it is a live page's
    entry time, a section head in capitals or a dated list entry, or the last line before it announces a list
    ("Here are key dates in the park's history:")."""
    before = next((text[s:e].strip() for s, e in reversed(lines[:i]) if text[s:e].strip()), "")
    for s, e in lines[i + 1 :]:
        if text[s:e].strip():
            return (_ENTRY_TIME.match(text, s, e) is not None or _CAPS_HEAD.match(text, s, e) is not None
                    or _DATED_ENTRY.match(text, s, e) is not None
                    or before.endswith(":") and not _HARD_END.match(text, s, e))
    return False


def _body_end(text: str, lines: list[tuple[int, int]], body_start: int, factiva_1: bool = False) -> int:
    """End of the body: before a hard end ("(END)", "Our Standards:", "... contributed to this report.") and the
    page chrome after it, then before trailing trailer lines (e-mail, "(Reporting by ...)", copyright)."""
    end = len(text)
    for i, (s, e) in enumerate(lines):
        if s > body_start and (_HARD_END.match(text, s, e) or factiva_1 and _FACTIVA_END_1.match(text, s, e)):
            if _RULE_LINE.match(text, s, e) and _entry_follows(text, lines, i):
                continue  # AP's "The Latest" and Q&As: "___" rules between entries or sections, not the story's end
            end = e if _KEEP_HARD_END.match(text, s, e) else s
            break
    for s, e in reversed(lines):
        if s >= end:
            continue
        if s < body_start:
            break
        line = text[s:e]
        if not line.strip():
            end = s
            continue
        if _TRAILER.match(line):
            end = s
            continue
        break
    return max(end, body_start)


def _paragraphs(text: str, start: int, end: int, factiva_1: bool = False) -> list[tuple[int, int, bool, bool]]:
    """Split text[start:end] into paragraphs: (start, end, is_bullet, is_page), bullet markers excluded.

    A blank line ends a paragraph; so does a line end after terminal punctuation (one paragraph per line, as in
    copied wire text), and a bullet line is always a paragraph of its own. ``is_page`` marks the furniture of a
    copied web page: a page-chrome line ("Advertisement", "Sign up here."), a heading of links to other stories
    ("RELATED COVERAGE") and the headlines under it (each a paragraph of its own, up to the first line that
    ends a sentence), and a short paragraph that ends with a link.
    """
    paras: list[tuple[int, int, bool, bool]] = []
    cur: list[int] | None = None  # [start, end, bullet]
    chrome, headings = _page_chrome(), _related_headings()
    related = False  # inside a list of links to other stories

    def close() -> None:
        if cur and cur[1] > cur[0]:
            par = text[cur[0] : cur[1]]
            page = related or (len(par) < 300 and _ENDS_WITH_LINK.search(par) is not None)
            paras.append((cur[0], cur[1], bool(cur[2]), page))

    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            close()
            cur = None
            continue
        key = _line_key(line)
        if key in chrome or key in headings:  # a paragraph of its own, whatever surrounds it
            close()
            content = (s + len(line) - len(line.lstrip()), s + len(line.rstrip()))
            paras.append((content[0], content[1], False, True))
            cur = None
            related = related or key in headings
            continue
        bm = _BULLET.match(line)
        if bm and bm.end() >= len(line.rstrip()):  # a marker with nothing after it is text, not a bullet
            bm = None
        lead = bm.end() if bm else 0
        lead += len(line[lead:]) - len(line[lead:].lstrip())  # any white space, not only blanks and tabs
        if line.startswith(("LP", "TD")) and (fm := (_FACTIVA_TEXT_1 if factiva_1 else _FACTIVA_TEXT).match(line)):
            lead = fm.end()  # Factiva's paragraph code
        rstripped = line.rstrip()
        content = (s + lead, s + len(rstripped))
        ends_sentence = _TERMINAL.search(rstripped) is not None
        if related and ends_sentence:  # the article again after the list of links
            close()
            cur = None
            related = False
        new_para = related or cur is None or bm is not None or _TERMINAL.search(text[cur[0]:cur[1]]) is not None
        if not new_para and _label_at(text, content[0], content[1]) is not None:
            new_para = True
        if new_para:
            close()
            cur = [content[0], content[1], 1 if bm else 0]
        else:
            cur[1] = content[1]
        if _ENDS_WITH_LINK.search(rstripped):  # a link ends its paragraph like a full stop
            close()
            cur = None
    close()
    return paras


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (already trimmed)."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.end(2)
        if m.group(1) == "." and (text[m.start(1) - 2 : m.start(1)] == ".." or
                                  _is_abbreviation(text, cur, m.start(1), m.end())):
            continue
        if stop - cur > 0 and text[cur:stop].strip():
            spans.append((cur, stop))
        cur = m.end(3)
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    if any(e - s > MAX_SENTENCE_CHARS for s, e in spans):
        spans = [piece for s, e in spans for piece in _cut_long(text, s, e)]
    return spans


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence into pieces of at most MAX_SENTENCE_CHARS (see there)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
        cut = cut + 1 if cut > start else text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def _is_abbreviation(text: str, sent_start: int, dot: int, next_start: int) -> bool:
    j = dot
    while j > sent_start and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    token = text[j:dot]
    if j > sent_start and text[j - 1].isdigit() and token.islower():
        return False  # "in the 1990s.", "in his 60s.": a decade, not the compass letter of "S. Korea"
    low = token.lower()
    nxt = re.match(r"[\"'“‘(\[]?([A-Za-z0-9]+)", text[next_start : next_start + 30])
    next_word = nxt.group(1) if nxt else ""
    if low in _SOFT_ABBREVS or (len(low) > 2 and "." in low and low.replace(".", "").isalpha()
                                and all(len(p) == 1 for p in low.split("."))):
        return next_word not in _SENTENCE_OPENERS
    if low in _NO_BREAK_ABBREVS:
        return True
    if len(token) == 1 and token.isupper():  # an initial: "John F. Kennedy", "N. Korea"
        return True
    return False


def _build(text: str, name: str, article_id: str, published: dt.date | None, path: Path | None) -> Article:
    _check_text(text, name)
    lines = _lines(text)
    h = _parse_header(text, lines, name)
    body_start = h.body_start
    dateline = place = None
    outlet = h.outlet
    m, tag_outlet = _parse_dateline(text, body_start)
    if m is None:  # photo captions copied above the dateline: the body starts at the dateline
        later = _dateline_after_captions(text, lines, body_start, h.title)
        if later is not None:
            body_start = later
            m, tag_outlet = _parse_dateline(text, body_start)
    dateline_md = None
    if m:
        seen = text[body_start + m.start("place") : body_start + m.end()]  # (without a "[Text]" note before it)
        dateline = re.sub(r"[\s]*(?:--|—|–|-|_)?[\s]*$", "", seen).strip()
        place = m.group("place").title() or None
        if place and re.fullmatch(r"[A-Z](?:[ \t][A-Z]){2,}", m.group("place")):
            place = re.sub(r"[ \t]", "", m.group("place")).title()  # "S E O U L": Seoul
        dateline_md = m.group("md")
        if dateline_md and "year" in m.groupdict() and m.group("year") and h.published is None:
            h.published = _parse_date_words(f"{dateline_md}, {m.group('year')}")  # (the dateline's full date)
            h.published_text = h.published_text or f"{dateline_md}, {m.group('year')}"
        outlet = outlet or tag_outlet
        body_start += m.end()
    elif h.dateline:  # a LexisNexis "DATELINE: SEOUL, Jan 12" field above a body without its own dateline
        dateline = h.dateline
        place = h.dateline.split(",")[0].strip().title()
    if outlet is None and path is not None:
        outlet = _outlet_from_stem(path.stem)
    body_end = _body_end(text, lines, body_start, h.factiva_1)
    reference = None
    if published is None or published == h.published:
        published = h.published
        if published is not None:
            from .dates import local_publication_day

            reference = local_publication_day(published, h.published_text, place)
    if published is None and (m := _RECORD_DATE.search(text)) and (d := _parse_date_words(m.group(1))):
        published = d  # ProQuest's record fields after the story: "Publication date: Oct 5, 1993"
    if published is None and (m := _AP_TRAILER.search(text, body_start)):
        month, day, yy = (int(g) for g in m.groups())  # AP's wire trailer: "AP-WS-05-27-09 0341EDT"
        with contextlib.suppress(ValueError):
            published = dt.date(1900 + yy if yy >= 70 else 2000 + yy, month, day)
    first_line_end = text.find("\n", body_start) % (len(text) + 1)  # the header and the first line after it
    ambiguous = _AMBIGUOUS_NUMERIC.search(text, 0, first_line_end) if published is None else None
    md = dateline_md or (_dateline_md_below(text, body_start) if ambiguous is not None else None)
    if ambiguous is not None and md:
        # "Fri, 06/11/2010 - 16:48" over "SEOUL, June 11 (Yonhap) --": the dateline tells which reading is meant
        settled = _settle_by_dateline(ambiguous.group(), md)
        if settled is not None:
            published, reference, ambiguous = settled[0], settled[1], None
    if ambiguous is not None and _US_CLOCK_AFTER.match(text, ambiguous.end()):
        # "Posted: 05/04/2013 2:14 am EDT": a U.S. site's clock, so the U.S. order, month first
        month, day, year = (int(g) for g in ambiguous.group().split("/"))
        published, ambiguous = dt.date(year, month, day), None
    if ambiguous is not None:
        raise MissingDateError(
            f"{name}: the date '{ambiguous.group()}' may be month/day or day/month; pass published=YYYY-MM-DD "
            "(CLI: --published) or add a header line ' date YYYY-MM-DD <headline>'"
        )
    if published is None and dateline_md:
        raise MissingDateError(
            f"{name}: the dateline gives '{dateline_md}' but no year; pass published=YYYY-MM-DD "
            "(CLI: --published) or add a header line ' date YYYY-MM-DD <headline>'"
        )
    if published is None:
        raise MissingDateError(
            f"{name}: no publication date found (no ' date YYYY-MM-DD' header, 'Published:' or date line); "
            "pass published=YYYY-MM-DD (CLI: --published)"
        )
    if body_end <= body_start or not text[body_start:body_end].strip():
        raise ArticleError(f"{name}: header found but no article body after it")
    if dateline_md and published == h.published and reference in (None, published):
        filed = _dateline_day(dateline_md, published)
        if filed is not None and 1 <= (published - filed).days <= 3:
            reference = filed  # "SEOUL, Dec. 5 (AP) - ... met today" in a paper of Dec. 6: the wire's today

    _warn_if_not_english(text[body_start:body_end], name)
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    if h.title_span:
        ts, te = h.title_span
        sentences.append(Sentence(0, "title", -1, False, ts, te, text[ts:te], ts))
    section = "lead"
    after_rule = False
    for idx, (ps, pe, bullet, page) in enumerate(_paragraphs(text, body_start, body_end, h.factiva_1)):
        lab = None if (page or _CREDIT.match(text, ps, pe)) else _label_at(text, ps, pe)
        label, content = (lab[0], lab[1]) if lab else (None, ps)
        if label:
            section = label
        rule = _RULE_LINE.fullmatch(text, ps, pe) is not None
        head = not label and _section_head(text[ps:pe], after_rule)
        if head:  # AP's Q&A: "___" then "WHAT HAPPENED?": the paragraphs under it are that section
            section = text[ps:pe].strip().rstrip("?:").strip().capitalize()
        after_rule = rule
        # (on the paragraph alone: \A does not match at a search's start position)
        para_section = section
        if page or rule or head:
            para_section = "page"
        elif not label and _EDITOR_NOTE.match(text[ps:pe]):
            para_section = "Editor's note"
        elif not label and _is_caption(text[ps:pe]):
            para_section = "caption"
        blocks.append(Block(idx, para_section, label, bullet, ps, content, pe))
        spans = _split_sentences(text, content, pe)
        if label and spans:
            spans[0] = (ps, spans[0][1])
        elif label:
            spans = [(ps, pe)]
        for k, (ss, se) in enumerate(spans):
            cstart = content if (label and k == 0) else ss
            sentences.append(Sentence(len(sentences), para_section, idx, bullet, ss, se, text[ss:se], cstart))
    return Article(
        article_id=article_id, text=text, published=published, title=h.title, author=h.author,
        read_time=h.read_time, outlet=outlet, dateline=dateline, dateline_place=place,
        body_start=body_start, body_end=body_end, blocks=blocks, sentence_list=sentences, path=path,
        reference_date=reference,
    )


def _dateline_md_below(text: str, start: int) -> str | None:
    """The month and day of a dateline opening one of the first lines after ``start`` (a reprint's headline can
    stand between the header and the dateline)."""
    pos = start
    for _ in range(4):
        m, _outlet = _parse_dateline(text, pos)
        if m is not None:
            return m.group("md")
        nxt = text.find("\n", pos)
        if nxt == -1:
            return None
        pos = nxt + 1
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
    return None


def _settle_by_dateline(numeric: str, md: str) -> tuple[dt.date, dt.date] | None:
    """(publication day, the wire's day) of an ambiguous "06/11/2010" whose one reading, month/day or day/month,
    falls on the dateline's day ("June 11") or up to three days after it; None when neither or both do."""
    a, b, year = (int(x) for x in numeric.split("/"))
    fits = []
    for month, day in {(a, b), (b, a)}:
        with contextlib.suppress(ValueError):
            d = dt.date(year, month, day)
            filed = _dateline_day(md, d)
            if filed is not None and 0 <= (d - filed).days <= 3:
                fits.append((d, filed))
    return fits[0] if len(fits) == 1 else None


def _dateline_day(md: str, published: dt.date) -> dt.date | None:
    """The day a dateline's month and day ("Dec. 5") name, in the year of ``published`` or the one before."""
    for year in (published.year, published.year - 1):
        d = _parse_date_words(f"{md} {year}")
        if d is not None and d <= published:
            return d
    return None


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")


def _warn_if_not_english(body: str, name: str) -> None:
    """Warn when the body is mostly in a non-Latin script (a Korean-language article, say)."""
    if body.isascii():
        return
    latin = len(_ASCII_LETTER.findall(body))
    other = len(_OTHER_LETTER.findall(body))
    if latin + other >= 20 and latin < 0.2 * (latin + other):
        warnings.warn(
            f"{name}: the text is mostly in a non-Latin script (Korean?); koreadiplo's rules read English-language "
            "articles, so its event and statement tables will be empty or nearly so",
            KoreadiploWarning,
            stacklevel=3,
        )


def _outlet_from_stem(stem: str) -> str | None:
    """Outlet from the file naming convention ``YYYY-MM-DD_<outlet>_<slug>``."""
    parts = stem.split("_")
    if len(parts) >= 3 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", parts[0]):
        return _OUTLETS.get(parts[1].lower().replace("-", " "))
    return None


def _coerce_published(published: dt.date | str | None, name: str) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published.date() if isinstance(published, dt.datetime) else published
    try:
        return dt.date.fromisoformat(str(published))
    except ValueError:
        raise ArticleError(f"{name}: published={published!r} is not a date (use YYYY-MM-DD)") from None


def read_article(
    path_or_text: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    article_id: str | None = None,
    encoding: str = "utf-8",
) -> Article:
    """Read an article from a file path or from a string of text.

    Parameters
    ----------
    path_or_text
        A path (``str`` or ``Path``) to a text file, or the article text itself (any string with a line break,
        or that is not an existing path).
    published
        Publication date (``date`` or ``'YYYY-MM-DD'``). Overrides the date in the text; required when the text
        gives none.
    article_id
        Identifier; defaults to the file stem, or ``'text'`` for a string.
    encoding
        Encoding of the file (default UTF-8; a BOM is accepted). Use ``'cp1252'`` or ``'euc-kr'`` for such files.

    Returns
    -------
    Article

    Raises
    ------
    ArticleError
        Empty, white-space only, binary, undecodable, HTML or oversized input; an impossible header date.
    MissingDateError
        No publication date in the text and none given.

    Examples
    --------
    >>> a = read_article(" date 2021-07-27 Hotline back\\n\\nNorth Korea restored the hotline on Tuesday.")
    >>> a.published.isoformat(), a.title, len(a.sentence_list)
    ('2021-07-27', 'Hotline back', 2)
    """
    path: Path | None = None
    if isinstance(path_or_text, os.PathLike):
        path = Path(path_or_text)
    elif isinstance(path_or_text, str):
        if "\n" not in path_or_text and len(path_or_text) < 4096 and os.path.isfile(path_or_text):
            path = Path(path_or_text)
        elif ("\n" not in path_or_text and len(path_or_text) < 300
              and re.fullmatch(r"[^\s]+\.(?:txt|md|text|html?)", path_or_text)):
            raise ArticleError(f"{path_or_text}: no such file")
    else:
        raise ArticleError(f"read_article expects a path or a string, not {type(path_or_text).__name__}")
    if path is not None:
        name = str(path)
        if path.is_dir():
            raise ArticleError(f"{name}: is a directory; use extract_corpus() or the CLI for directories")
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ArticleError(
                    f"{name}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one article; "
                    "split the file into articles (one per file)"
                )
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ArticleError(f"{name}: no such file") from None
        except OSError as exc:
            raise ArticleError(f"{name}: cannot read ({exc.strerror or exc})") from None
        text = _decode(raw, name, encoding)
        aid = article_id or path.stem
    else:
        name = article_id or "<text>"
        text = str(path_or_text)
        if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            raise ArticleError(f"{name}: text is over the {MAX_BYTES:,}-byte limit for one article")
        if "\x00" in text[:4096]:
            raise ArticleError(f"{name}: binary text (contains NUL characters)")
        text = _normalise(text)
        aid = article_id or "text"
    return _build(text, name, aid, _coerce_published(published, name), path)
