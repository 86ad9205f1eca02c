"""Interviews printed as questions and answers ("Q: ... A: ..."): each answer is a direct statement of the person
interviewed, though it carries no quotation marks and no reporting verb."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

# a paragraph that is a question or an answer: "Q: ...", "Q. ...", "Question: ...", "A: ...", "Answer: ..."
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
# the person introduced with an age, as wire copy does before an interview: "Kwon Mi-ryeong, 56, who heads ..."
_NAME_WITH_AGE = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}),\s+\d{2},")
#: at least this many questions and this many answers make the article an interview in Q&A form
MIN_EXCHANGES = 2


def interviewee(text: str, names: list[tuple[int, str, Any]], before: int) -> str | None:
    """Who answers: the full name introduced with an age before the first question ("Yun Tae-seop, 49, served
    ..."), as the statement reader knows it when it does; None when the text names nobody that way."""
    for m in _NAME_WITH_AGE.finditer(text, 0, before):
        name = m.group(1)
        known = [n for pos, n, _a in names if pos == m.start()]
        return known[0] if known else name
    return None


def answer_rows(article: Any, names: list[tuple[int, str, Any]], published) -> list[dict]:
    """One direct statement per answer of a Q&A interview, spoken by the person interviewed (none when the article
    is no such interview or names nobody to answer)."""
    text = article.text
    questions, answers = [], []
    for b in article.blocks:  # the reader reads "Q:" / "A:" as the paragraph's label; else they open its text
        label = (b.label or "").strip().rstrip(":.").lower()
        if label in ("q", "question") or _QUESTION.match(text, b.content_start):
            questions.append(b.char_start)
        elif label in ("a", "answer"):
            answers.append((b.content_start, b.char_end))
        elif (m := _ANSWER.match(text, b.content_start)) is not None:
            answers.append((m.end(), b.char_end))
    if len(questions) < MIN_EXCHANGES or len(answers) < MIN_EXCHANGES:
        return []
    who = interviewee(text, names, questions[0])
    if who is None:
        return []
    sentences = list(article.iter_sentences())
    rows = []
    for start, b in answers:
        inside = [s for s in sentences if s.char_end > start and s.char_start < b]
        if not inside or not text[start:b].strip():
            continue
        end = start + len(text[start:b].rstrip())
        rows.append({
            "speaker": who, "speaker_role": None, "speaker_org": None, "speaker_country": None,
            "quote": text[start:end], "kind": "direct", "cue": ":", "via": None,
            "date": pd.Timestamp(published), "date_precision": "reported", "section": inside[0].section,
            "sentence_id": inside[0].sentence_id, "char_start": start, "char_end": end,
            "evidence": text[inside[0].char_start : max(s.char_end for s in inside)],
        })
    return rows


def named_in_next_paragraph(rows: list[dict], article: Any) -> list[dict]:
    """ "A senior official of the Red Cross ... said Monday that ... . / Kwon Mi-ryeong, 56, who heads ...": a
    person the first paragraph only describes is named, with an age, at the start of the next one; the
    description's statements are that person's."""
    text = article.text
    blocks = [b for b in article.blocks if b.section not in ("title",)]
    if len(blocks) < 2:
        return rows
    first, second = blocks[0], blocks[1]
    m = _NAME_WITH_AGE.match(text, second.content_start)
    if m is None:
        return rows
    described = {r["speaker"] for r in rows if first.content_start <= r["char_start"] < first.char_end
                 and r["speaker"].split(" ", 1)[0] in ("a", "an", "the")}
    if len(described) != 1:
        return rows
    (who,) = described
    for r in rows:
        if r["speaker"] == who:
            r["speaker"] = m.group(1)
    return rows


# words between a possessive and a role that do not narrow the office ("South Korea's new defense minister")
_LOOSE_MODIFIERS = frozenset("new top senior current acting incoming outgoing".split())


def role_named_later(rows: list[dict], article: Any, names: list[tuple[int, str, Any]], role_nouns) -> list[dict]:
    """ "South Korea's unification minister said ... . / ... Chung Dong-young said ...": a lead that only names an
    office ("<side>'s [new] <modifier> <role noun>") is the first person named in the next two paragraphs whose
    title before the name or whose vocabulary role holds that office ("Defense Minister Suh Wook", Chung
    Dong-young, Unification Minister); a former holder, an indefinite "a ... official", or a person of another
    country never is."""
    text = article.text
    blocks = [b for b in article.blocks if b.section not in ("title",)]
    renamed: dict[str, tuple[str, Any]] = {}
    for r in sorted(rows, key=lambda r: r["char_start"]):
        who = r["speaker"]
        if who in renamed:
            continue
        words = who.split()
        if len(words) < 3 or not any(w.endswith(("'s", "\u2019s")) for w in words[:-2]) and words[0].lower() != "the":
            continue
        head, mod = words[-1], words[-2]
        if not (head.islower() and head in role_nouns and mod.isalpha() and mod.islower()) or mod in (
            _LOOSE_MODIFIERS
        ) or any(w.lower() in ("former", "ex", "late", "then") for w in words):
            continue
        office = f"{mod} {head}"
        at = next((i for i, b in enumerate(blocks) if b.char_start <= r["char_start"] < b.char_end), None)
        if at is None or at + 1 >= len(blocks):
            continue
        lo, hi = blocks[at].char_end, blocks[min(at + 2, len(blocks) - 1)].char_end
        for pos, name, actor in sorted(names, key=lambda x: x[0]):
            if not lo <= pos < hi:
                continue
            title = text[max(lo, pos - 40) : pos].lower()
            held = office in " ".join(title.split()[-3:]) or actor is not None and office in (actor.role or "").lower()
            if held and (actor is None or not r.get("speaker_country") or actor.country == r["speaker_country"]):
                renamed[who] = (name, actor)
                break
    for r in rows:
        if r["speaker"] in renamed:
            name, actor = renamed[r["speaker"]]
            r["speaker"] = name
            if actor is not None:
                r["speaker_org"] = actor.org or r.get("speaker_org")
                r["speaker_country"] = actor.country or r.get("speaker_country")
    return rows
