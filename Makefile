# The README's promise: `make run` and `make test` do all the set-up on a fresh machine.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.app-installed
TEST_STAMP := $(VENV)/.test-installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test bench check lint translations messages demo clean lock dist dist-check

# Installs exactly the versions of the tested lock (hashes checked), then the app itself without resolving again.
$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(APP_STAMP): requirements/app.lock pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --require-hashes -r requirements/app.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(TEST_STAMP): requirements/test.lock $(APP_STAMP)
	$(PY) -m pip install --quiet --require-hashes -r requirements/test.lock
	touch $@

# Refreshes both locks from pyproject.toml's ranges; then run `make check` and `make bench` before committing them.
lock: | $(VENV)/bin/python
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile -q --universal --generate-hashes --upgrade --python-version 3.11 pyproject.toml -o requirements/app.lock
	$(VENV)/bin/uv pip compile -q --universal --generate-hashes --upgrade --python-version 3.11 --extra test pyproject.toml -o requirements/test.lock
	$(VENV)/bin/uv pip compile -q --universal --generate-hashes --upgrade --python-version 3.11 --extra dist pyproject.toml -o requirements/dist.lock

# Checks first that Qt can open a window here; if not, one line names the missing system package.
run: $(APP_STAMP)
	@QT_QPA_PLATFORM= $(PY) -m reception.ui.qt_runtime
	@$(PY) -c 'from reception.core.paths import database_path as p; raise SystemExit(0 if p().exists() else 1)' \
		|| (echo "Première exécution : construction du parc de démonstration..." && $(VENV)/bin/reception demo --years 1)
	QT_QPA_PLATFORM= $(PY) main.py

# The suite runs on every core (pytest-xdist, one process each): each test has its own files, databases and
# ports, so they do not meet; `pytest FILE` alone still runs in one process.
test: $(TEST_STAMP)
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -n auto

bench: $(TEST_STAMP)
	$(PY) -m bench

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

check: lint test

translations: $(TEST_STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find reception/ui reception/app.py -name '*.py') -no-obsolete -ts resources/translations/reception_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/reception_en.ts -qm resources/translations/reception_en.qm
	$(VENV)/bin/pyside6-lupdate $$(find reception/ui reception/app.py -name '*.py') -no-obsolete -ts resources/translations/reception_ar.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/reception_ar.ts -qm resources/translations/reception_ar.qm

# The desk's standalone build (docs/release.md): dist/reception/ holds reception-console and reception.
$(VENV)/.dist-installed: requirements/dist.lock $(APP_STAMP)
	$(PY) -m pip install --quiet --require-hashes -r requirements/dist.lock
	touch $@

dist: $(VENV)/.dist-installed
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN packaging/reception.spec

# The built programs on a fresh demo database; with RECEPTION_TEST_PG set, also a sync against it.
dist-check:
	$(PY) packaging/check_dist.py dist/reception

# The core's gettext catalogue (French source): extracts _(), N_() and ngettext() with Babel, merges into
# resources/locale/en/LC_MESSAGES/reception.po (fill the new msgstr), compiles the .mo that ships.
messages: $(TEST_STAMP)
	$(VENV)/bin/pybabel extract -F babel.cfg -k N_ -k ngettext:1,2 --no-location --sort-output -o resources/locale/reception.pot .
	$(VENV)/bin/pybabel update -i resources/locale/reception.pot -d resources/locale -D reception -l en --no-fuzzy-matching
	$(VENV)/bin/pybabel update -i resources/locale/reception.pot -d resources/locale -D reception -l ar --no-fuzzy-matching
	$(VENV)/bin/pybabel compile -d resources/locale -D reception --statistics

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
