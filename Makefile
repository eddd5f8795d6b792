# The Training Hub. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py

.DEFAULT_GOAL := help
.PHONY: help demo test lint format messages serve install install-dev browser clean-db backup restore bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c constraints.txt -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create .venv and install the site's dependencies

install-dev: $(VENV)/.installed-dev ## Install the test and lint tools too

demo: install ## Set up on SQLite, load the demo content, print the admin login, serve on 127.0.0.1:8000
	$(MANAGE) compile_translations
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	$(MANAGE) ensure_demo_logins
	$(MANAGE) runserver 127.0.0.1:8000

backup: install ## Back up the database and media into BACKUP_DIR (var/backups), print the archive
	$(MANAGE) backup

restore: install ## Replace the database and add the media from a backup: make restore FILE=...
	@test -n "$(FILE)" || { echo "Say which backup: make restore FILE=var/backups/training-hub-....tar" >&2; exit 2; }
	$(MANAGE) restore "$(FILE)"

browser: ## Install Debian's Chromium for the browser tests if it is missing
	scripts/install-chromium

test: install-dev browser ## Lint and run the whole test suite (DATABASE_URL, or SQLite)
	$(PY) manage.py compile_translations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install-dev ## Check style with ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev ## Reformat the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install ## Update the UI string catalogs in locale/ and compile them
	$(MANAGE) makemessages --no-obsolete --no-location --ignore=.venv --ignore=var --ignore=staticfiles --ignore=tests $(foreach code,$(filter-out en,$(subst $(comma), ,$(or $(LANGUAGES),en$(comma)es$(comma)ht$(comma)ar))),-l $(code))
	$(MANAGE) compile_translations

SCALE ?= 40
bench: install ## Measure every public page with wrk at SCALE (40) times the demo (DATABASE_URL, or SQLite)
	SCALE=$(SCALE) scripts/bench

comma := ,
