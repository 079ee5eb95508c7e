# The README's promise: `make run` and `make test` do all the set-up on a fresh machine.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test bench check lint translations demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@$(PY) -c 'from reception.core.paths import database_path as p; raise SystemExit(0 if p().exists() else 1)' \
		|| (echo "Première exécution : construction du parc de démonstration..." && $(VENV)/bin/reception demo --years 1)
	QT_QPA_PLATFORM= $(PY) main.py

test: $(STAMP)
	$(VENV)/bin/lint-imports
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

check: lint test

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find reception/ui reception/app.py -name '*.py') -ts resources/translations/reception_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/reception_en.ts -qm resources/translations/reception_en.qm

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
