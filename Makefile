# OCOP Market: every command a newcomer needs. See README.md.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install migrate demo test test-postgres bench check browser messages clean

# The venv is rebuilt whenever the declared or pinned dependencies change.
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e ".[test]"
	touch $@

install: $(VENV)/.installed

migrate: install
	mkdir -p var
	$(MANAGE) migrate --no-input

# Loads the demo catalogue once: the command does nothing on a database
# that already has it.
demo: migrate
	$(MANAGE) load_demo

run: demo
	$(MANAGE) collectstatic --no-input -v0
	$(MANAGE) runserver $(HOST):$(PORT)

test: install
	mkdir -p var
	$(PY) -m pytest $(PYTEST_ARGS)

# The suite against PostgreSQL on 127.0.0.1:5432 (pytest creates and drops
# test_ocop_dev; the ocop_dev database itself need not exist).
test-postgres: install
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/ocop_dev $(PY) -m pytest $(PYTEST_ARGS)

check: install
	$(VENV)/bin/ruff check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# Benchmarks print figures and refresh docs/performance.md; they are never
# part of `make test`. Lighthouse comes from package.json (Node.js only here).
bench: install
	mkdir -p var
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the Lighthouse benchmark will be skipped"; fi
	$(PY) -m pytest tests/bench -s -o python_files="bench_*.py" -o addopts="" $(PYTEST_ARGS)

# Debian's Chromium for the browser tests (Playwright cannot download one
# here) and DejaVu fonts for Vietnamese text on PDF labels and demo images.
browser:
	command -v chromium >/dev/null && [ -d /usr/share/fonts/truetype/dejavu ] || \
	  (apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core)

# Refresh locale/en/LC_MESSAGES/django.po from the source and compile it (needs GNU gettext).
messages: install
	$(MANAGE) makemessages -l en --ignore=.venv --ignore=var --ignore='tests/*' --ignore='*/migrations/*'
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) var .pytest_cache
