"""Our own article templates for the synthetic benchmark corpus (Axios / AP / Yonhap styles, ~2 KB each).

Every sentence here was written for koreadiplo; the quotes are invented and attributed only to
unnamed officials and analysts. The facts are real inter-Korean events (dates checked against
the bundled chronology); a seeded RNG picks the event, the outlet style, the wording variants, the quotes and
the background paragraphs, and publishes the story 0-3 days after the event, so a corpus has many articles
about each real event (what the cross-article merge is for). A small share of files is deliberately broken
(undated wire copy, empty files) so the failures table is exercised too.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Fact:
    """One real event and ways to tell it. ``{when}`` becomes 'on Tuesday', 'on June 9' or 'in June 2020'."""

    date: dt.date
    slug: str
    tone: str  # 'break' or 'restoration': picks quotes that fit
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    details: tuple[str, ...]


FACTS: tuple[Fact, ...] = (
    Fact(dt.date(2020, 6, 9), "lines-cut", "break",
         ("North Korea cuts off communication lines with South Korea",
          "Pyongyang severs hotlines with Seoul over leaflets"),
         ("North Korea cut off all communication lines with South Korea {when}, including the hotline "
          "between the leaders' offices, in protest against leaflets sent across the border by activists.",
          "Pyongyang severed the inter-Korean hotline and the military communication lines {when}, saying it "
          "saw no reason to keep talking to Seoul."),
         ("North Korean officials did not answer the routine morning call on the liaison line.",
          "The South's Unification Ministry said the North had not picked up the scheduled calls.",
          "The liaison office had been closed since January 2020 because of the coronavirus pandemic.")),
    Fact(dt.date(2020, 6, 16), "office-demolished", "break",
         ("North Korea blows up inter-Korean liaison office",
          "Pyongyang demolishes joint liaison office in Kaesong"),
         ("North Korea demolished the inter-Korean liaison office in the border town of Kaesong {when}, "
          "a week after it cut the hotlines with the South.",
          "The North blew up the joint liaison office just north of the border {when}, sharply raising "
          "tensions on the peninsula."),
         ("South Korea's military said it saw smoke rising from the industrial park where the office stood.",
          "The four-story building had opened in 2018 as a symbol of the detente between the two Koreas.",
          "Kim Yo-jong, the sister of the North's leader, had warned days earlier that the office would be "
          "destroyed.")),
    Fact(dt.date(2021, 7, 27), "hotline-restored", "restoration",
         ("North and South Korea restore hotline",
          "Koreas reconnect communication lines after 13 months"),
         ("North and South Korea restored their communication lines {when}, more than a year after Pyongyang "
          "cut them off.",
          "The two Koreas reconnected the hotline {when} and their leaders pledged to rebuild trust."),
         ("Liaison officers of both sides held a first phone call at 10 a.m., the ministry said.",
          "Military officers also exchanged calls on the western and eastern lines, according to the defense "
          "ministry.",
          "The lines had been silent since June 2020, when the North cut them over leaflet campaigns.")),
    Fact(dt.date(2021, 8, 10), "calls-unanswered", "break",
         ("North Korea stops answering hotline calls",
          "Pyongyang goes silent on inter-Korean lines over joint drills"),
         ("North Korea stopped answering calls on the inter-Korean hotline {when}, two weeks after the lines "
          "were restored, in protest against joint military drills by Seoul and Washington.",
          "The North did not answer the afternoon call on the liaison line {when}, the South's Unification "
          "Ministry said."),
         ("Kim Yo-jong had warned that the drills would cloud the outlook for relations.",
          "The military lines also went unanswered, the defense ministry said.",
          "The allies went ahead with scaled-down summer exercises, mostly computer simulations.")),
    Fact(dt.date(2021, 10, 4), "lines-restored", "restoration",
         ("Inter-Korean communication lines back in service",
          "North Korea restores hotline with South Korea"),
         ("North Korea answered South Korea's calls on the inter-Korean communication lines {when}, "
          "restoring the channels about two months after it stopped responding.",
          "The two Koreas restored their liaison and military hotlines {when}, the Unification Ministry "
          "said."),
         ("Kim Jong-un had said days earlier that he would reconnect the lines in early October.",
          "The sides held a regular phone call at 9 a.m., according to the ministry.",
          "The North had stopped answering the calls on Aug. 10 over the joint drills.")),
    Fact(dt.date(2023, 4, 7), "no-answer", "break",
         ("North Korea ignores South Korea's calls for a second day",
          "Seoul says Pyongyang is not answering liaison calls"),
         ("North Korea did not answer South Korea's calls on the liaison and military lines {when}, the "
          "Unification Ministry said.",
          "Pyongyang has stopped answering routine calls on the inter-Korean hotlines {when}, Seoul said."),
         ("The ministry urged the North to pick up the calls.",
          "Officials said the lines themselves did not appear to have been cut.",
          "Relations have been frozen since the collapse of nuclear diplomacy between Pyongyang and "
          "Washington.")),
    Fact(dt.date(2018, 9, 14), "office-opened", "restoration",
         ("Koreas open joint liaison office in Kaesong",
          "First inter-Korean liaison office opens north of the border"),
         ("North and South Korea opened a joint liaison office in the North's border city of Kaesong {when}, "
          "their first such channel since the division of the peninsula.",
          "The two Koreas launched a liaison office staffed around the clock {when}."),
         ("Officials from both sides will work in the same building, on different floors.",
          "The office was agreed at the April summit in Panmunjom.",
          "It replaced the liaison channel at the truce village, which relied on phone and fax.")),
    Fact(dt.date(2016, 2, 10), "kaesong-shut", "break",
         ("South Korea suspends operations at Kaesong industrial park",
          "Seoul halts work at joint factory park after rocket launch"),
         ("South Korea suspended operations at the Kaesong industrial complex {when}, after the North "
          "launched a long-range rocket.",
          "Seoul shut down the joint industrial park in Kaesong {when}, cutting a source of hard currency "
          "for the North."),
         ("More than 120 South Korean companies ran factories in the complex.",
          "The North responded by expelling South Korean workers and freezing their assets.",
          "The move followed a nuclear test by the North in January.")),
)

QUOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "break": (
        ("This is a serious setback for relations on the peninsula", "a senior South Korean official"),
        ("The North must stop raising tensions and return to dialogue",
         "a Unification Ministry spokesperson"),
        ("Cutting the lines only deepens mistrust on both sides", "an analyst at a Seoul think tank"),
        ("We are closely watching the North's moves along the border", "a defense ministry official"),
    ),
    "restoration": (
        ("We hope the lines will stay open so that dialogue can resume",
         "a Unification Ministry spokesperson"),
        ("Restoring contact is a first step toward rebuilding trust", "a presidential spokesperson"),
        ("The reopening gives both sides a way to manage incidents at the border",
         "an analyst at a Seoul think tank"),
        ("It is too early to call this a breakthrough", "a professor at a Seoul university"),
    ),
}

BACKGROUND: tuple[str, ...] = (
    "The two Koreas set up their first hotline in 1971, and it has been cut and restored many times since.",
    "Talks between Washington and Pyongyang stalled after the 2019 summit in Hanoi ended without a deal.",
    "Seoul and Washington hold large joint military exercises every spring and summer, which the North calls "
    "rehearsals for an invasion.",
    "The Korean War ended in 1953 with an armistice, not a peace treaty, so the two sides remain "
    "technically at war.",
    "North Korea is under United Nations sanctions over its nuclear weapons and ballistic missile programs.",
    "Analysts say the North often cuts contact to put pressure on Seoul before demanding concessions.",
    "The Unification Ministry handles relations with the North and runs the liaison line from Seoul.",
    "Kim Jong-un and Moon Jae-in met three times in 2018 and agreed to ease military tensions along the "
    "border.",
    "The leaders of the two Koreas first met in Pyongyang in 2000, and a second summit followed in 2007.",
    "Kim Jong-un met then-President Donald Trump in Singapore in June 2018.",
    "The Demilitarized Zone that divides the peninsula is about 250 kilometers long and 4 kilometers wide.",
    "Some 30,000 North Koreans have fled to the South since the end of the Korean War.",
    "The United States keeps about 28,500 troops in South Korea.",
    "North Korea carried out its sixth and most recent nuclear test in September 2017.",
    "The United Nations Command oversees the armistice from the truce village of Panmunjom.",
    "Officials in Seoul usually call the North twice a day on the liaison line, in the morning and in the "
    "afternoon.",
    "Pyongyang often states its positions through statements by senior officials carried by state media.",
)

AXIOS_LABELS = ("Why it matters", "Details", "Context", "Between the lines", "Flashback", "The big picture")
AUTHORS = ("Rebecca Falconer", "Shawna Chen", "Ivana Saric", "Jacob Knutson")
AP_AUTHORS = ("KIM TONG-HYUNG", "HYUNG-JIN KIM", "KIM TONG-HYUNG and HYUNG-JIN KIM")


def when(day: dt.date, published: dt.date) -> str:
    """How a reporter on ``published`` names ``day``: weekday within the week, else month and day or year."""
    gap = (published - day).days
    if 0 <= gap < 6:
        return f"on {WEEKDAYS[day.weekday()]}"
    if day.year == published.year:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    return f"in {MONTHS[day.month - 1]} {day.year}"


def _quotes(rng: random.Random, tone: str) -> list[str]:
    return [f'"{words}," {speaker} said.' for words, speaker in rng.sample(QUOTES[tone], 2)]


def _paragraphs(rng: random.Random, fact: Fact, published: dt.date) -> list[str]:
    """Lead, details, a quote, a flashback to an earlier real event, background, a closing quote."""
    lead = rng.choice(fact.leads).format(when=when(fact.date, published))
    earlier = [f for f in FACTS if f.date < fact.date]
    flashback = None
    if earlier:
        other = rng.choice(earlier)
        flashback = rng.choice(other.leads).format(when=when(other.date, published))
    details = rng.sample(fact.details, len(fact.details))
    first, last = _quotes(rng, fact.tone)
    background = rng.sample(BACKGROUND, 11)
    context = [" ".join(background[i : i + 2]) for i in range(0, 10, 2)] + background[10:]
    paras = [lead, *details, first, *([flashback] if flashback else []), *context, last]
    return paras


def axios(rng: random.Random, fact: Fact, published: dt.date) -> str:
    paras = _paragraphs(rng, fact, published)
    labels = list(rng.sample(AXIOS_LABELS, 4))
    body = [paras[0]]
    for i, p in enumerate(paras[1:], 1):
        if i in (1, 5, 6, 8) and labels:
            body.append(f"{labels.pop(0)}: {p}")
        elif i in (3, 7, 9):
            body.append(f"  • {p}")
        else:
            body.append(p)
    head = (f" date {published.isoformat()} {rng.choice(fact.headlines)}\n\n{rng.choice(AUTHORS)}\n"
            f"·{rng.randint(2, 4)} min read\n\n")
    return head + "\n\n".join(body) + "\n"


def ap(rng: random.Random, fact: Fact, published: dt.date) -> str:
    paras = _paragraphs(rng, fact, published)
    stamp = (f"Published: {AP_MONTHS[published.month - 1]} {published.day}, {published.year} at "
             f"{rng.randint(1, 11)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])} EDT")
    head = f"{rng.choice(fact.headlines)}\nBy {rng.choice(AP_AUTHORS)}\n{stamp}\n\n"
    paras[0] = f"SEOUL, South Korea (AP) — {paras[0]}"
    return head + "\n\n".join(paras) + "\n"


def yonhap(rng: random.Random, fact: Fact, published: dt.date, *, dated: bool = True) -> str:
    paras = _paragraphs(rng, fact, published)
    paras[0] = f"SEOUL, {AP_MONTHS[published.month - 1]} {published.day} (Yonhap) -- {paras[0]}"
    head = f" date {published.isoformat()} {rng.choice(fact.headlines)}\n\n" if dated else ""
    return head + "\n\n".join(paras) + "\n\n(END)\n"


def make_article(rng: random.Random, index: int, *, failure_rate: float = 0.005) -> tuple[str, str]:
    """One synthetic article: ``(file name, text)``. About ``failure_rate`` of them cannot be read."""
    fact = rng.choice(FACTS)
    published = fact.date + dt.timedelta(days=rng.randint(0, 3))
    style = rng.choice(("axios", "ap", "yonhap"))
    name = f"{published.isoformat()}_{style}_{fact.slug}_{index:07d}.txt"
    roll = rng.random()
    if roll < failure_rate / 2:
        return name, ""  # an empty file: fails with a one-line reason
    if roll < failure_rate:
        return name, yonhap(rng, fact, published, dated=False)  # dateline without a year: undated
    return name, {"axios": axios, "ap": ap, "yonhap": yonhap}[style](rng, fact, published)


def write_corpus(directory, n: int, *, seed: int = 20210727, failure_rate: float = 0.005) -> int:
    """Write ``n`` synthetic articles under ``directory`` (100 per sub-folder); return the bytes written."""
    from pathlib import Path

    rng = random.Random(seed)
    root = Path(directory)
    total = 0
    for i in range(n):
        name, text = make_article(rng, i, failure_rate=failure_rate)
        folder = root / f"{i // 100:05d}"
        if i % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
    return total
