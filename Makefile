# One entry point per developer task. CI runs these exactly as a person does.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast lint bench lock clean

# Creates the virtual environment and installs the locked dependencies plus the package.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# The main job: until the web app serves it, write the demo ecosystem, print its tables and
# write its network measures.
demo: install
	$(BIN)/netwerkkaart demo-data var/demo
	$(BIN)/netwerkkaart tables var/demo --out var/demo-tables --format md --print
	$(BIN)/netwerkkaart network var/demo --out var/demo-network
	@echo "Netwerkmaten met uitleg: var/demo-network/summary.csv (per actor: actors.csv)"

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: install
	$(BIN)/python benchmarks/run_all.py

# Regenerates the lock file after a change to the dependencies in pyproject.toml.
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --no-emit-index-url \
		--python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
