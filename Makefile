# newsfacts — every target installs what it needs first (into .venv/), so a fresh machine needs only Python.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
NEWSFACTS := $(VENV)/bin/newsfacts
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install run demo demo-backfill backfill airflow test test-unit test-integration eval eval-extract bench lint clean stop-warehouse requirements

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@if command -v uv >/dev/null 2>&1; then \
		uv pip install --quiet --python $(PY) -r requirements.txt && uv pip install --quiet --python $(PY) --no-deps -e . ; \
	else \
		$(PY) -m pip install --quiet --upgrade pip && \
		$(PY) -m pip install --quiet -r requirements.txt && $(PY) -m pip install --quiet --no-deps -e . ; \
	fi
	@touch $(STAMP)

## The main job: one run of newsfacts_daily for today (DATE=YYYY-MM-DD for another day), then its summary.
run: install
	$(NEWSFACTS) run $(if $(DATE),--date $(DATE))

## The same DAG over our sample site served on loopback: rows without internet.
demo: install
	$(NEWSFACTS) demo $(if $(DATE),--date $(DATE))

## Backfill a date range without a scheduler, one DAG run per day; resumable (FORCE=1 reruns complete days).
backfill: install
	@test -n "$(FROM)" -a -n "$(TO)" || { echo "usage: make backfill FROM=YYYY-MM-DD TO=YYYY-MM-DD [FORCE=1]"; exit 2; }
	$(NEWSFACTS) backfill --from $(FROM) --to $(TO) $(if $(filter 1,$(FORCE)),--force)

## The same backfill over the demo site (its news sitemap reaches back to 2026-11-20).
demo-backfill: install
	$(NEWSFACTS) demo --from $(or $(FROM),2026-11-19) --to $(or $(TO),2026-11-25) $(if $(filter 1,$(FORCE)),--force)

## The Airflow UI (airflow standalone) with this project's DAGs and plugins; login printed by Airflow.
airflow: install
	$(NEWSFACTS) airflow standalone

test: install
	$(PY) -m pytest -q

test-unit: install
	$(PY) -m pytest -q tests/unit tests/dags

test-integration: install
	$(PY) -m pytest -q tests/integration

## Parser accuracy on the labelled development set (needs ../shared).
eval: install
	@test -d $(SHARED)/eval || { echo "$(SHARED)/eval not found: nothing to score"; exit 0; }
	$(PY) $(SHARED)/eval/score_facts.py $(SHARED)/eval/dev.jsonl --cmd "$(NEWSFACTS) facts" --show $(or $(SHOW),0)

## Our extraction vs bare trafilatura.extract on the real pages of ../shared/corpus (read in place).
eval-extract: install
	@test -d $(SHARED)/corpus/articles || { echo "$(SHARED)/corpus/articles not found: nothing to score"; exit 0; }
	$(PY) -m newsfacts.evaluate_extraction --corpus $(SHARED)/corpus/articles $(if $(SHOW),--show)

## Every stage's throughput, CPU and memory beside its reference; table printed, JSON in .data/bench/ (BENCH_SCALE=0.1: quick).
bench: install
	$(PY) -m newsfacts.bench --shared $(SHARED)/corpus

## Style (ruff) and types (mypy, configured in pyproject.toml); CI runs it before the tests.
lint: install
	$(VENV)/bin/ruff check include dags plugins tests
	$(VENV)/bin/mypy include/newsfacts dags plugins

## Re-pin requirements.txt from what is installed in .venv (after adding a dependency to pyproject.toml).
requirements:
	uv pip freeze --python $(PY) --exclude-editable | grep -v '^newsfacts' > requirements.txt

stop-warehouse:
	-$(NEWSFACTS) warehouse stop

clean: stop-warehouse
	rm -rf .data
