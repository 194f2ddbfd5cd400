# Yhdyspinta: `make demo` serves the demo, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := yhdyspinta.settings

.PHONY: demo test lint format bench venv system-deps messages clean help

help:
	@echo "make demo   - install, migrate SQLite under var/, load the demo, serve on 127.0.0.1:$(PORT) with the background worker"
	@echo "make test   - run all tests (SQLite; PostgreSQL when DATABASE_URL is set)"
	@echo "make lint   - ruff check and format check"
	@echo "make bench  - run the benchmarks in bench/"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# System packages the tests need (Debian): Chromium for browser tests, gettext for messages.
system-deps:
	@./scripts/system-deps.sh

demo: venv
	DEMO_MODE=1 $(BIN)/yhdyspinta demo --port $(PORT)

test: venv system-deps
	DEMO_MODE=1 $(BIN)/python -m pytest -n auto --dist loadgroup $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: venv
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: venv
	@for script in bench/bench_*.py; do echo "== $$script"; DEMO_MODE=1 $(BIN)/python $$script || exit 1; done

messages: venv
	DEMO_MODE=1 $(BIN)/python scripts/messages.py

clean:
	rm -rf $(VENV) var/*.sqlite3 var/static
