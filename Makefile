# timeback-gen — see README.md. Every target sets up what it needs (virtualenv, packages, Prism).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPECS_DIR ?= ../shared/specs
export SPECS_DIR
# Where `make fetch-specs` downloads the upstream documents and `make lock-check` reads them.
UPSTREAM_DIR ?= .specs-upstream
PYTEST_ARGS ?=

.PHONY: help venv regen drift lock fetch-specs lock-check lint typecheck prism test unit demo sandbox bench bench-quick clean

help:
	@echo "make demo     tour of the client against a local sandbox (no credentials, no network)"
	@echo "make test     lint, types, drift check, unit, contract (Prism) and sandbox tests"
	@echo "make regen    regenerate generated/ from \$$SPECS_DIR (default ../shared/specs)"
	@echo "make drift    fail if generated/ differs from what make regen writes from \$$SPECS_DIR"
	@echo "make lock     record the documents' sha256 in specs/sources.lock"
	@echo "make fetch-specs  download the documents from upstream into \$$UPSTREAM_DIR (default .specs-upstream)"
	@echo "make lock-check   fail if the documents in \$$UPSTREAM_DIR differ from specs/sources.lock"

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,regen,sandbox]'
	touch $@

venv: $(VENV)/.installed

regen: venv
	$(PY) scripts/regen.py --specs-dir "$(SPECS_DIR)"

drift: venv
	rm -rf build/drift
	$(PY) scripts/regen.py --specs-dir "$(SPECS_DIR)" --out build/drift --no-naive > /dev/null
	@if ! diff -ru --exclude=__pycache__ --exclude=.ruff_cache generated/_timeback_gen build/drift/_timeback_gen; then \
	  echo "drift: generated/ against the vendored documents in $(SPECS_DIR): differs from 'make regen' output (diff above); run 'make regen' and commit" >&2; \
	  exit 1; \
	fi
	@if ! diff -u docs/api.md build/drift/api.md; then \
	  echo "drift: docs/api.md against the vendored documents in $(SPECS_DIR): differs from 'make regen' output (diff above); run 'make regen' and commit" >&2; \
	  exit 1; \
	fi
	@echo "drift: generated/ and docs/api.md against the vendored documents in $(SPECS_DIR): match 'make regen' output"

lock: venv
	$(PY) scripts/regen.py --specs-dir "$(SPECS_DIR)" --lock

fetch-specs: venv
	$(PY) scripts/fetch_specs.py --into "$(UPSTREAM_DIR)"
	@echo "fetch-specs: next, make lock-check (what differs from specs/sources.lock); to take them: make lock regen SPECS_DIR=$(UPSTREAM_DIR)"

# The vendored/upstream documents against specs/sources.lock (make drift: generated/ against them).
lock-check: venv
	$(PY) scripts/upstream_check.py --upstream-dir "$(UPSTREAM_DIR)"

lint: venv
	$(VENV)/bin/ruff check timeback_gen scripts tests examples benchmarks specs/generator/runtime.py
	$(VENV)/bin/ruff format --check timeback_gen scripts tests examples benchmarks specs/generator/runtime.py

typecheck: venv
	$(VENV)/bin/mypy timeback_gen
	$(VENV)/bin/mypy --strict specs/generator/runtime.py

prism:
	scripts/install-prism.sh

unit: venv
	$(VENV)/bin/pytest tests/unit -q $(PYTEST_ARGS)

test: venv prism lint typecheck drift
	$(VENV)/bin/pytest -q $(PYTEST_ARGS)
	$(MAKE) --no-print-directory bench-quick

demo: venv
	$(PY) examples/demo.py

sandbox: venv
	$(VENV)/bin/timeback-gen sandbox

# Benchmarks run where an application's code runs: a venv with the runtime dependencies only
# (and the sandbox's), not the development one (see benchmarks/run.py).
BENCH_VENV := build/bench-venv
$(BENCH_VENV)/.installed: pyproject.toml
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[sandbox]'
	touch $@

bench: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python benchmarks/run.py

bench-quick: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python benchmarks/run.py --quick

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache tests/contract/node_modules
