# Side by Side: `make run` to start the site with demo content, `make test` to run every check.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test lint format bench demo migrate install install-dev clean messages compilemessages

$(BIN)/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: install it, or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

# Staff first, so the demo moderator joins the demo trusts and signs the demo decisions.
demo: migrate
	$(PY) manage.py create_demo_staff
	$(PY) manage.py load_demo_content

## run: set up (virtualenv, database, demo content, staff accounts) and serve with the worker beside it
run: demo
	@echo "Side by Side: http://127.0.0.1:8000  (admin: http://127.0.0.1:8000/admin/). Ctrl-C stops the web server and the worker."
	$(BIN)/honcho start -f Procfile.dev

## lint: ruff format check and lint
lint: install-dev
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## test: lint, migration check and the whole pytest suite (PostgreSQL when DATABASE_URL says so)
test: lint
	DJANGO_SETTINGS_MODULE=sidebyside.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

## bench: print requests per second for the main pages (not part of the test suite)
bench: install-dev
	$(PY) bench/run.py
	$(PY) bench/outbox.py
	$(PY) bench/opportunities.py
	$(PY) bench/signups.py
	$(PY) bench/glossary.py
	$(PY) bench/forum.py

## messages: gather new interface strings into locale/*/django.po (needs GNU gettext's xgettext)
messages: install
	$(PY) manage.py makemessages -l pl -l ar --ignore=.venv --ignore=var --ignore=staticfiles --ignore=bench

## compilemessages: compile the catalogues to .mo in pure Python (no gettext tools needed)
compilemessages: install
	$(PY) manage.py compile_translations

clean:
	rm -rf $(VENV) var/db.sqlite3 var/media var/private-media var/bench.sqlite3 var/bench-media staticfiles
