"""The project's packaging promises: one package list, byte-identical bundled article, schema docs in sync."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

# conda-forge splits dask[distributed] into two packages; pip extras spell it with brackets
_CONDA_NAMES = {"dask[distributed]": {"dask", "distributed"}}


def _name(req: str) -> str:
    return re.split(r"[<>=!~ ;]", req.strip(), maxsplit=1)[0].lower()


def test_environment_yml_lists_the_same_packages_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted: set[str] = set()
    for req in project["dependencies"] + [r for reqs in project["optional-dependencies"].values() for r in reqs]:
        name = _name(req)
        wanted |= _CONDA_NAMES.get(name, {name})
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip_part = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_part
    assert conda == wanted, f"only in environment.yml: {conda - wanted}; only in pyproject: {wanted - conda}"


def test_bundled_article_is_the_seed_byte_for_byte():
    seed = ROOT.parent / "shared" / "seed" / "2021-07-27_axios_north-south-korea-restart-hotline.txt"
    bundled = ROOT / "data" / "raw" / seed.name
    if not seed.exists():  # a clone without shared/ beside it: check what we can
        assert bundled.read_bytes().startswith(b" date 2021-07-27 ")
        return
    assert bundled.read_bytes() == seed.read_bytes()


def test_schema_docs_are_generated_from_the_code():
    from koreadiplo import schema

    assert (ROOT / "docs" / "schema.md").read_text() == schema.to_markdown(), (
        "docs/schema.md is stale: run `make schema-docs`"
    )


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme.split("\n## ", 2)[1], "the quickstart must show `make test`"
    assert re.search(r"^make test$", ci, re.M)
