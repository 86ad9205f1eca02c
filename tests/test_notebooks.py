"""The notebooks in notebooks/: structure, stored outputs fit for nbval, exercises, parameterised runs.

nbval itself (``pytest notebooks --nbval ...`` in ``make test``) re-runs every notebook and compares the outputs;
these tests check what nbval cannot: that the outputs were stored from a clean top-to-bottom run, carry nothing
machine-specific, that the exercises' solutions really are correct, and that papermill can point 03 at another
article.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NB_DIR.glob("[0-9][0-9]_*.ipynb"))
EXPECTED = ["01_walkthrough.ipynb", "02_events_and_statements.ipynb", "03_timeline.ipynb",
            "04_many_articles.ipynb"]
PARAMETERS = {  # notebooks that must take parameters, and the names papermill can set
    "02_events_and_statements.ipynb": {"article_path", "published"},
    "03_timeline.ipynb": {"article_path", "published"},
    "04_many_articles.ipynb": {"corpus_dir", "since"},
}
EXERCISE_MARK = "answer = None  # your answer here"
LOCAL_PATH = re.compile(r"(/work/|/home/|/Users/|/tmp/|/private/var/|[A-Za-z]:\\\\|site-packages)")
ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _code_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def _output_texts(nb) -> list[tuple[int, str]]:
    """(cell index, text) of every textual output: streams, errors, and every non-image MIME type."""
    out = []
    for i, cell in enumerate(_code_cells(nb)):
        for o in cell.get("outputs", []):
            if o.output_type == "stream":
                out.append((i, o.text))
            elif o.output_type == "error":
                out.append((i, "\n".join(o.traceback)))
            else:
                for mime, value in o.get("data", {}).items():
                    if not mime.startswith("image/"):
                        out.append((i, value if isinstance(value, str) else "".join(value)))
    return out


def _names_assigned(source: str) -> set[str]:
    return {t.id for node in ast.parse(source).body if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name)}


def test_the_four_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_valid_nbformat_45_with_python3_kernel_and_stable_ids(path):
    nb = _read(path)
    nbformat.validate(nb)
    assert (nb.nbformat, nb.nbformat_minor) >= (4, 5)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    ids = [c.id for c in nb.cells]
    assert len(set(ids)) == len(ids)
    # ids written by hand ('<prefix>-NN'), not random ones a tool would churn
    assert all(re.fullmatch(r"[a-z]+-\d\d", i) for i in ids), ids


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_code_cell_ran_once_in_order_without_error(path):
    cells = _code_cells(_read(path))
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1)), \
        "re-run the notebook top to bottom: make notebooks"
    for cell in cells:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        stderr = [o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stderr"]
        assert not stderr, f"warnings or progress bars in stored output: {stderr}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_imports_only_in_the_first_code_cell(path):
    cells = _code_cells(_read(path))
    first = ast.parse(cells[0].source)
    assert any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in first.body)
    assert "import koreadiplo as kd" in cells[0].source
    for cell in cells[1:]:
        tree = ast.parse(cell.source)
        assert not [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))], cell.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_outputs_have_no_local_paths_addresses_or_object_reprs(path):
    texts = _output_texts(_read(path))
    assert texts, "no stored outputs: execute the notebook (make notebooks)"
    for i, text in texts:
        assert not LOCAL_PATH.search(text), f"code cell {i}: local path in output: {LOCAL_PATH.search(text)[0]}"
        assert not ADDRESS.search(text), f"code cell {i}: memory address in output"
        assert "<Axes" not in text and "<matplotlib." not in text, f"code cell {i}: end plot cells with `ax = ...`"
        assert " elapsed" not in text and " s (" not in text, f"code cell {i}: timing in output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_cell_is_excused_from_comparison(path):
    """Strict nbval: no blanket skips. A cell may be excused only with a reason in the markdown (none is now)."""
    for cell in _read(path).cells:
        tags = set(cell.metadata.get("tags", []))
        assert not tags & {"nbval-ignore-output", "nbval-skip", "nbval-raises-exception"}, cell.source


@pytest.mark.parametrize("name", sorted(PARAMETERS))
def test_parameters_cell_follows_the_imports_and_only_assigns_literals(name):
    nb = _read(NB_DIR / name)
    cells = _code_cells(nb)
    tagged = [i for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])]
    assert tagged == [1], "one cell tagged 'parameters', right after the imports"
    tree = ast.parse(cells[1].source)
    assert all(isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) for n in tree.body)
    assert _names_assigned(cells[1].source) == PARAMETERS[name]
    later = "\n".join(c.source for c in cells[2:])
    for param in PARAMETERS[name]:
        assert re.search(rf"\b{param}\b", later), f"parameter {param} is never used"


def test_parameter_paths_are_relative_to_the_notebook_folder():
    for name in PARAMETERS:
        cells = _code_cells(_read(NB_DIR / name))
        values = {n.targets[0].id: n.value.value for n in ast.parse(cells[1].source).body}
        for key in ("article_path", "corpus_dir"):
            if key in values:
                assert not Path(values[key]).is_absolute()
                assert (NB_DIR / values[key]).exists(), values[key]


# ----------------------------------------------------------------------------------------- the walkthrough

WALK = NB_DIR / "01_walkthrough.ipynb"


def _markdown(nb) -> str:
    return "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def test_walkthrough_follows_the_lesson_template():
    nb = _read(WALK)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    text = _markdown(nb)
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    for required in ("Overview", "Prerequisites", "Imports", "Summary", "Resources and references"):
        assert required in headings, required
    assert "### What's next?" in text or "What's next?" in headings
    assert "| Concepts | Importance | Notes |" in text
    assert re.search(r"Time to learn\*?\*?: \d+ minutes", text)
    assert "Predict before you run" in text
    # each numbered goal of the Overview has its numbered section
    overview = text.split("## Overview", 1)[1].split("\n## ", 1)[0]
    goals = re.findall(r"^(\d+)\. ", overview, flags=re.M)
    assert len(goals) >= 5
    for n in goals:
        assert re.search(rf"^## {n}\. ", text, flags=re.M), f"no section for goal {n}"
    for credit in ("Axios", "CAMEO", "Okabe", "timeline", "Project Pythia", "Carpentries", "chronology.md"):
        assert credit in text.split("## Resources and references", 1)[1], credit


def test_walkthrough_exercises_show_the_hint_and_have_a_solution():
    nb = _read(WALK)
    cells = nb.cells
    exercises = [i for i, c in enumerate(cells) if c.cell_type == "code" and EXERCISE_MARK in c.source]
    assert len(exercises) >= 4
    for i in exercises:
        cell = cells[i]
        assert "teaching.check_" in cell.source
        shown = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
        assert shown.startswith("Not yet."), f"stored output of an exercise should be the hint: {shown!r}"
        following = cells[i + 1]
        assert following.cell_type == "markdown"
        assert following.source.startswith("<details><summary>Solution</summary>")
        assert following.source.rstrip().endswith("</details>")


def _solution_code(markdown: str) -> str:
    match = re.search(r"```python\n(.*?)```", markdown, flags=re.S)
    assert match, markdown
    return match.group(1)


def test_walkthrough_solutions_are_correct():
    """Put each solution in place of its exercise cell and run the notebook: every check must say Correct."""
    nbclient = pytest.importorskip("nbclient")
    nb = _read(WALK)
    cells = nb.cells
    exercises = [i for i, c in enumerate(cells) if c.cell_type == "code" and EXERCISE_MARK in c.source]
    for i in exercises:
        cells[i].source = _solution_code(cells[i + 1].source)
    nbclient.NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(NB_DIR)}},
                            timeout=120).execute()
    shown = ["".join(o.get("data", {}).get("text/plain", "") for o in cells[i].outputs) for i in exercises]
    assert len(shown) >= 4
    assert all(text.startswith("Correct!") for text in shown), shown


# ----------------------------------------------------------------------------------------- papermill


def test_papermill_runs_the_timeline_on_another_article(tmp_path):
    papermill = pytest.importorskip("papermill")
    article = "2021-10-04_axios_koreas-restore-hotlines"
    out = tmp_path / "timeline.ipynb"
    # as notebooks/README.md shows it: from the repository root, the path relative to it
    papermill.execute_notebook(
        str(NB_DIR / "03_timeline.ipynb"), str(out), cwd=str(ROOT), progress_bar=False,
        parameters={"article_path": f"tests/corpus/{article}.txt"}, kernel_name="python3")
    nb = _read(out)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and article in injected[0].source
    texts = "\n".join(t for _, t in _output_texts(nb))
    assert f"{article} (published 2021-10-04)" in texts
    assert "2021-07-27_axios_north-south-korea-restart-hotline" not in texts
    figures = [o for c in _code_cells(nb) for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(figures) == 3


def test_sanitize_file_covers_the_figure_text_and_nothing_needless():
    text = (NB_DIR / "sanitize.cfg").read_text(encoding="utf-8")
    patterns = re.findall(r"^regex: (.*)$\n^replace: (.*)$", text, flags=re.M)  # how nbval reads it
    assert len(patterns) == 2
    figure_texts = [t for nb in NOTEBOOKS for _, t in _output_texts(_read(nb)) if "<Figure size" in t]
    assert figure_texts
    for t in figure_texts:
        assert any(re.fullmatch(rx, t) for rx, _ in patterns), t
    assert re.sub(patterns[1][0], patterns[1][1], "at 0x7f3a2b1c9d80>") == "at 0xADDRESS>"
