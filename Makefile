# GNU make. `make setup` installs everything (needs the package registries once);
# build, serve and test never download anything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

export NO_MKDOCS_2_WARNING=1

.DEFAULT_GOAL := help
.PHONY: help setup content serve build test bench audit clean

help:
	@echo "Targets:"
	@echo "  setup  create $(VENV) (pinned requirements + editable snippets) and node_modules"
	@echo "  content  write docs/generated/ (figures, outputs, scripts, math font) without MkDocs"
	@echo "  serve  live-reload preview on http://127.0.0.1:$(PORT) (make serve PORT=8001 for another port)"
	@echo "  build  mkdocs build --strict into site/"
	@echo "  test   ruff check + eslint + pytest (100% coverage of snippets)"
	@echo "  bench  time clean / warm / one-page-changed site builds"
	@echo "  audit  Lighthouse scores and first-visit weight of every page"
	@echo "  clean  remove site/, docs/generated/ and .cache/"

# (Re)install the venv when it is missing or requirements/pyproject changed.
$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

setup: $(VENV)/.installed node_modules/.installed

content: setup
	$(BIN)/python -m hooks.content

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT) --watch snippets --watch hooks

build: setup
	$(BIN)/mkdocs build --strict

test: setup
	$(BIN)/ruff check .
	node_modules/.bin/eslint --config tests/eslint.config.mjs docs hooks
	$(BIN)/python -m pytest --cov=snippets --cov-report=term-missing --cov-fail-under=100

bench: setup
	$(BIN)/python benchmarks/build.py

# A single Lighthouse run moves a point or two with the host's load; Lighthouse's own advice
# is to run it several times and read the median run.
audit: setup
	$(BIN)/python benchmarks/audit.py --runs 3

clean:
	rm -rf site docs/generated .cache
