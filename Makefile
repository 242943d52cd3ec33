# The two commands of the README, and the benchmark. Each sets up .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES := pyproject.toml $(shell find rounds_app ui resources -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: run test bench bench-live faults-full lint translations ui-translations dist dist-check

# set up, then open the app on a fresh demo ward in your data folder
run: $(VENV)/.installed
	$(BIN)/rounds-app --demo

# set up, then run the whole suite (PostgreSQL tests too when ROUNDS_TEST_POSTGRES_URL is set)
test: $(VENV)/.installed
	$(BIN)/python -m pytest -n auto

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks.bench_queries
	$(BIN)/python -m benchmarks.bench_switch_patient
	$(BIN)/python -m benchmarks.bench_rounds_next
	$(BIN)/python -m benchmarks.bench_startup
	$(BIN)/python -m benchmarks.bench_printing
	$(BIN)/python -m benchmarks.bench_fhir_import
	$(BIN)/python -m benchmarks.bench_memory

# save-to-follower delay with 8 simulated workstations (about a minute per database);
# WORKSTATIONS=300 simulates a hospital instead: that many on a PostgreSQL cluster of
# the benchmark's own, 10 to a ward (WARDS=N to choose)
WORKSTATIONS ?=
WARDS ?=
bench-live: $(VENV)/.installed
	$(BIN)/python -m benchmarks.bench_live_latency $(if $(WORKSTATIONS),--hospital \
		--workstations $(WORKSTATIONS) $(if $(WARDS),--wards $(WARDS)))

# the fault tests at full size: 1,000-operation soak, 100 kill -9 trials, long property
# runs, and 400 examples of any accepted text printed on every sheet
faults-full: $(VENV)/.installed
	ROUNDS_FAULTS_FULL=1 $(BIN)/python -m pytest tests/faults tests/reports/test_rendering_property.py

# the patient's copy: extract its messages again and merge them into every catalog
# (a changed message comes back fuzzy, and prints in English until a translator confirms it)
COPY_CATALOGS := resources/translations/patient_copy
translations: ui-translations
	$(BIN)/pybabel extract --no-default-keywords -k gettext -k ngettext:1,2 -k heading \
		-k gettext_noop -F babel.cfg --no-location --no-wrap \
		--project Rounds -o $(COPY_CATALOGS).pot .
	$(BIN)/pybabel update -D patient_copy -i $(COPY_CATALOGS).pot -d $(COPY_CATALOGS) \
		--no-wrap --ignore-obsolete

# the screens' words: extract them again from ui/ into every .ts (a changed text comes
# back unfinished), write the pseudo-locale from the source texts, and compile the .qm
# files the app loads (committed, so a wheel carries them; see README "Languages")
ui-translations: $(VENV)/.installed
	PYTHONPATH=. $(BIN)/python packaging/ui_translations.py

# a self-contained application folder, dist/rounds-app/, and an archive of it
# (PyInstaller; see README "Installing on hospital desktops")
dist: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet ".[dist]"
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/rounds.spec
	tar -C dist -czf dist/rounds-app-linux-x86_64.tar.gz rounds-app

# the bundle started as a new machine would: an empty environment and a fresh HOME,
# on the X display in DISPLAY (e.g. Xvfb :99); prints its size and start time
dist-check: dist
	$(BIN)/python packaging/check_bundle.py

# style, the import contracts and the types (mypy keeps a cache in .mypy_cache)
lint: $(VENV)/.installed
	$(BIN)/ruff check rounds_app ui tests benchmarks packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

$(VENV)/.installed: $(SOURCES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test]"
	touch $@
