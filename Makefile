# Two commands set up everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := wsgi

AXE := tests/a11y/node_modules/axe-core/axe.min.js

.PHONY: run test lint translations messages clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# Compiled catalogs are built, not committed.
translations: $(VENV)/.runtime
	$(BIN)/pybabel compile --statistics -d translations -D messages

run: $(VENV)/.runtime translations
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo --if-empty
	PORT=$(PORT) WEB_PORT=$(PORT) $(BIN)/honcho start -f Procfile

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# axe-core, for the accessibility tests, from the npm registry at the version the lock file pins.
$(AXE): tests/a11y/package.json tests/a11y/package-lock.json
	npm ci --prefix tests/a11y --no-audit --no-fund --loglevel=error
	touch $@

test: lint translations $(AXE)
	$(BIN)/python -m pytest

# Refresh the catalogs after changing user-facing strings, then translate translations/id.
messages: $(VENV)/.dev
	$(BIN)/pybabel extract --no-location --sort-by-file -F babel.cfg -k _l -o translations/messages.pot .
	$(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete --width 100 -i translations/messages.pot -d translations

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/a11y/node_modules
