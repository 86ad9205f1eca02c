# koreadiplo — the documented entry points. `make help` lists them.
#
# Outside an active virtualenv / conda env, everything runs in ./.venv (created on first use).
SHELL := /bin/bash
ifneq ($(strip $(VIRTUAL_ENV)$(CONDA_PREFIX)),)
PY := python
VENV_DEP :=
else
PY := .venv/bin/python
VENV_DEP := .venv/bin/python
endif
ARTICLE ?= data/raw/2021-07-27_axios_north-south-korea-restart-hotline.txt
OUT ?= data/processed
PYTEST_NB := --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

.PHONY: help run test lab notebooks lint bench bench-smoke evaluate schema-docs clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

.venv/bin/python:
	python3 -m venv .venv

run: | $(VENV_DEP)  ## install (notebook extras) and build the tables and figures for the bundled article
	$(PY) -m pip install --disable-pip-version-check -q -e ".[notebooks,parquet]"
	$(PY) -m koreadiplo run $(ARTICLE) --out $(OUT)

test: | $(VENV_DEP)  ## install (dev + notebook extras) and run every test: unit tests and nbval over notebooks/
	$(PY) -m pip install --disable-pip-version-check -q -e ".[dev,notebooks]"
	$(PY) -m pytest tests notebooks $(PYTEST_NB)

lab: | $(VENV_DEP)  ## open JupyterLab on notebooks/
	$(PY) -m pip install --disable-pip-version-check -q -e ".[notebooks,parquet]"
	$(PY) -m jupyter lab notebooks/

notebooks: | $(VENV_DEP)  ## re-execute every notebook in place (refresh stored outputs)
	cd notebooks && for nb in [0-9]*.ipynb; do \
	  $(if $(VENV_DEP),../$(PY),$(PY)) -m jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.record_timing=False "$$nb" || exit 1; done

lint: | $(VENV_DEP)  ## ruff over the package, tests and benchmarks
	$(PY) -m ruff check src tests benchmarks

evaluate: | $(VENV_DEP)  ## score the extractors on the dev corpus and every held-out set (figures per set)
	for d in tests/corpus $$(ls -d tests/heldout* | sort -V); do $(PY) -m koreadiplo evaluate $$d --summary || exit 1; done

bench: | $(VENV_DEP)  ## full benchmark (1k/10k/100k synthetic articles); prints articles/s, peak memory, notebook time
	$(PY) benchmarks/run.py

bench-smoke: | $(VENV_DEP)  ## the small benchmark CI runs
	$(PY) benchmarks/run.py --smoke

schema-docs: | $(VENV_DEP)  ## regenerate docs/schema.md from src/koreadiplo/schema.py
	$(PY) -m koreadiplo.schema > docs/schema.md

clean:  ## remove generated output (data/processed) and caches
	find data/processed -mindepth 1 ! -name .gitkeep -delete
	rm -rf .pytest_cache .ruff_cache build dist src/*.egg-info
