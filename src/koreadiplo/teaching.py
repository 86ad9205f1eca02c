"""Checks for the exercises of the walkthrough notebook (``notebooks/01_walkthrough.ipynb``).

Each ``check_*`` function takes the student's answer and the objects the notebook built, computes the expected
answer with the library itself (nothing is hard-coded, so the checks work on any article), and returns a
:class:`Check` that prints "Correct" or a hint. A check never raises on a wrong or missing answer: a student in
JupyterLab and CI running the notebook top to bottom both get a plain message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .reader import Article


@dataclass(frozen=True)
class Check:
    """Outcome of an exercise check; its repr is the message the student reads."""

    correct: bool
    message: str

    def __repr__(self) -> str:
        return ("Correct! " if self.correct else "Not yet. ") + self.message

    def __bool__(self) -> bool:
        return self.correct

    def _repr_markdown_(self) -> str:
        return ("**Correct!** " if self.correct else "**Not yet.** ") + self.message


def _not_answered(answer: object) -> bool:
    return answer is None or answer is Ellipsis


def check_sections(answer: Iterable[str] | None, article: Article) -> Check:
    """Exercise: list the article's section labels in reading order (as ``article.sections()`` would)."""
    expected = article.sections()
    if _not_answered(answer):
        return Check(False, "Replace `None` with a list of labels, e.g. `['lead', 'Why it matters', ...]`. "
                            "Hint: every block has a `.section`.")
    answer = list(answer)
    if answer == expected:
        return Check(True, f"The article has {len(expected)} sections.")
    if set(answer) == set(expected):
        return Check(False, "You have the right labels but not in reading order.")
    missing = [s for s in expected if s not in answer]
    return Check(False, f"{len(missing)} label(s) missing, for example {missing[:1]}. Did you include 'lead', "
                        "the paragraphs before the first label?" if missing else
                        "Some labels are not in the article. Compare with `[b.section for b in article.blocks]`.")


def check_slice(answer: str | None, article: Article, sentence_id: int) -> Check:
    """Exercise: get the text of sentence ``sentence_id`` by slicing ``article.text`` with its offsets."""
    row = article.sentences.set_index("sentence_id").loc[sentence_id]
    expected = article.text[int(row["char_start"]) : int(row["char_end"])]
    if _not_answered(answer):
        return Check(False, "Replace `None` with `article.text[start:end]`, taking start and end from the row "
                            "of `article.sentences` whose sentence_id is "
                            f"{sentence_id}.")
    if answer == expected:
        return Check(True, "Offsets always slice the article back to the evidence.")
    if isinstance(answer, str) and answer.strip() == expected.strip():
        return Check(False, "Almost: you have extra white space. Use char_start and char_end exactly.")
    return Check(False, "That is not the sentence. `char_end` is exclusive, like every Python slice.")


def check_breaks(answer: pd.DataFrame | None, events: pd.DataFrame) -> Check:
    """Exercise: keep only the rows of ``events`` whose category is 'break'."""
    expected = events[events["category"] == "break"]
    if _not_answered(answer):
        return Check(False, "Replace `None` with a boolean filter: `events[events['category'] == ...]`.")
    if not isinstance(answer, pd.DataFrame):
        return Check(False, "The answer should be a DataFrame (a filtered copy of `events`).")
    if list(answer.columns) != list(expected.columns):
        return Check(False, "Keep all the columns: filter rows only.")
    if answer["event_id"].tolist() == expected["event_id"].tolist():
        return Check(True, f"{len(expected)} break(s) in this article.")
    return Check(False, f"Expected {len(expected)} row(s), you have {len(answer)}. "
                        "Did you compare with 'break' exactly (lower case)?")


def check_month_precision(answer: Iterable[str] | None, events: pd.DataFrame) -> Check:
    """Exercise: the event_ids of events whose date is only known to the month."""
    expected = sorted(events.loc[events["date_precision"] == "month", "event_id"])
    if _not_answered(answer):
        return Check(False, "Replace `None` with a list of event_id values. Hint: filter on the "
                            "`date_precision` column, then take `.tolist()` of `event_id`.")
    got = sorted(answer)
    if got == expected:
        return Check(True, "These rows carry the first day of the month in `date`, but `date_precision` says "
                           "the day is unknown: never read them as that exact day.")
    return Check(False, f"Expected {len(expected)} event(s), you have {len(got)}. Is 'month' spelled exactly?")


def check_speaker_via(answer: str | None, statements: pd.DataFrame, outlet: str) -> Check:
    """Exercise: the speaker whose statement reached the article through ``outlet`` (the `via` column)."""
    via = statements["via"].fillna("")
    speakers = sorted(set(statements.loc[via.str.split(" < ").str[0] == outlet, "speaker"]))
    if _not_answered(answer):
        return Check(False, f"Replace `None` with a name. Hint: filter `statements` on `via == '{outlet}'` "
                            "and read the `speaker` column.")
    if answer in speakers:
        return Check(True, f"{answer} reached the article through {outlet}.")
    if not speakers:
        return Check(False, f"No statement in this table came through {outlet}.")
    return Check(False, "Not that one. Look at the rows whose `via` starts with "
                        f"'{outlet}', and give the full name as in the `speaker` column.")
