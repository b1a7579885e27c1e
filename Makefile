# Ombuds Desk. `make run` starts the app on the demo database; `make test` runs every check.
# Both install the project into .venv first (again whenever pyproject.toml changes).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install translations bench demo clean

run: $(STAMP) translations
	$(BIN)/ombuds-desk --demo

# Extra pytest arguments: make test PYTEST_ARGS='-k demo -x'
test: $(STAMP) translations
	VENV=$(VENV) scripts/test.sh $(PYTEST_ARGS)

install: $(STAMP) translations

# The window's .qm files, built from the .ts sources (resources/translations) when they change.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py release

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# A large register for trying the list's speed: ombuds-desk --demo --db big.sqlite3
demo: $(STAMP)
	$(BIN)/ombuds-desk demo --persons 100000 --db big.sqlite3

# Timings, printed and written to bench-results.md, nothing asserted: scripts/benchmark.py
# (it builds 100,000 persons with 1,000,000 items first; a quick run:
# make bench BENCH_ARGS='--persons 5000 --items 50000'), else every bench_*.py.
bench: $(STAMP)
	@if [ -f scripts/benchmark.py ]; then $(BIN)/python scripts/benchmark.py $(BENCH_ARGS); \
	else for script in scripts/bench_*.py; do [ -f "$$script" ] || continue; \
		echo "── $$script"; $(BIN)/python "$$script" || exit 1; done; fi

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache *.egg-info
