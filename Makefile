# The two commands of the README, and the benchmark. Each sets up .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES := pyproject.toml $(shell find rounds_app ui resources -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: run test bench lint

# set up, then open the app on a fresh demo ward in your data folder
run: $(VENV)/.installed
	$(BIN)/rounds-app --demo

# set up, then run the whole suite (PostgreSQL tests too when ROUNDS_TEST_POSTGRES_URL is set)
test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks.bench_queries
	$(BIN)/python -m benchmarks.bench_switch_patient
	$(BIN)/python -m benchmarks.bench_rounds_next
	$(BIN)/python -m benchmarks.bench_printing
	$(BIN)/python -m benchmarks.bench_fhir_import

lint: $(VENV)/.installed
	$(BIN)/ruff check rounds_app ui tests benchmarks
	$(BIN)/lint-imports

$(VENV)/.installed: $(SOURCES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test]"
	touch $@
