# One entry point per developer task. CI runs these exactly as a person does.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast test-packages test-postgres lint check bench lock screenshots clean

# Creates the virtual environment and installs the locked dependencies plus the package.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# The main job: the site with the demo ecosystem (workspace "demo", rounds 2025 and 2026) on
# http://127.0.0.1:8000, in the embedded SQLite database (var/), with demo logins printed. Also
# writes the demo data and its tables and network measures as files (var/demo*).
# PDF reports need Pango and a font (WeasyPrint): installed through apt when missing and allowed.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
# What the test suite needs beyond Python: Chromium for the browser tests, pdftoppm (poppler-utils)
# to look at PDF pages, gettext for the translation checks, and the PDF packages above. `make test`
# installs the missing ones through apt (as root or with sudo) and stops with the list when it
# cannot; NETWERKKAART_SKIP_BROWSER=1 leaves Chromium (and the browser tests) out on purpose.
TEST_PACKAGES := poppler-utils gettext $(PDF_PACKAGES)
BROWSER_PACKAGES := chromium

demo: install
	scripts/system_packages.sh --optional $(PDF_PACKAGES)
	$(BIN)/netwerkkaart demo-data var/demo
	$(BIN)/netwerkkaart tables var/demo --out var/demo-tables --format md >/dev/null
	$(BIN)/netwerkkaart network var/demo --out var/demo-network
	$(BIN)/python manage.py migrate --verbosity 0
	$(BIN)/python manage.py load_demo
	@echo "Open http://127.0.0.1:8000/ en meld u aan met een account hierboven (Ctrl+C stopt de site)."
	scripts/serve_demo.sh

test: install test-packages
	$(BIN)/python -m pytest -q

test-fast: install test-packages
	$(BIN)/python -m pytest -q -m "not slow"

test-packages:
	@case "$${NETWERKKAART_SKIP_BROWSER:-}" in \
	1|true|yes) scripts/system_packages.sh $(TEST_PACKAGES) ;; \
	*) scripts/system_packages.sh $(TEST_PACKAGES) $(BROWSER_PACKAGES) ;; \
	esac

# The whole suite on PostgreSQL, except the browser tests (`make test` runs those). Uses the
# server DATABASE_URL names (its role needs CREATEDB: Django creates the test database); without
# one, starts a throwaway server of its own (scripts/with_postgres.sh, needs apt's postgresql).
test-postgres: install
	@case "$${DATABASE_URL:-}" in \
	postgres://*|postgresql://*) scripts/system_packages.sh $(TEST_PACKAGES) && \
		$(BIN)/python -m pytest -q -m "not browser" ;; \
	*) scripts/system_packages.sh postgresql && \
		scripts/with_postgres.sh $(MAKE) --no-print-directory test-postgres ;; \
	esac

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

# Checks beyond lint: no model change without its migration; translations complete and compiled.
check: install
	@scripts/system_packages.sh gettext
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python scripts/check_translations.py

bench: install
	$(BIN)/python benchmarks/run_all.py

# PNGs of the main pages of the demo site in docs/screenshots/ (a temporary database; Chromium).
screenshots: install
	$(BIN)/python scripts/screenshots.py
	$(BIN)/python scripts/report_pages.py

# Regenerates the lock file after a change to the dependencies in pyproject.toml.
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --no-emit-index-url \
		--python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
