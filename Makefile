# LP Coach. `make serve` to work on the site, `make test` to check everything.
# Set-up is idempotent: stamps record what was installed, so a second run with
# nothing changed does no network work.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
ADDR ?= 127.0.0.1:8000

.PHONY: all setup build serve test check browser bench clean

all: build

setup: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "LP Coach needs Python 3.11 or newer as $(PYTHON)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

$(NODE_STAMP): package-lock.json
	@command -v npm >/dev/null || { echo "LP Coach needs Node.js and npm to fetch the Pyodide runtime"; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

check: setup
	$(PY) build.py check

build: setup
	$(PY) build.py build

serve: setup
	$(PY) build.py serve --addr $(ADDR)

browser:
	@bash tools/ensure-chromium.sh

test: setup browser
	$(PY) -m pytest

bench: setup browser
	$(PY) benchmarks/build.py
	$(PY) benchmarks/scorer.py
	$(PY) benchmarks/practice.py

clean:
	rm -rf build site .pytest_cache .hypothesis
