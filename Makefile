# Two entry points for a fresh machine with Python 3.11:
#   make demo   set up .venv, load samples/ into demo.db, print actions and owners
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db
SHARED ?= ../shared
MINUTEBOOK_SERIES ?= ../series_data

.PHONY: demo test lint fuzz eval eval-tracking bench-ingest bench-queries bench-lists bench-lines samples clean

$(BIN)/minutebook: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/minutebook
	rm -f $(DEMO_DB)
	$(BIN)/minutebook --db $(DEMO_DB) ingest samples/
	$(BIN)/minutebook --db $(DEMO_DB) actions

test: lint
	$(BIN)/python -m pytest -q

lint: $(BIN)/minutebook
	$(BIN)/ruff check .
	$(BIN)/mypy

# Mutated samples for minutes (FUZZ_EXAMPLES per property); `make test` runs a short fixed run.
FUZZ_EXAMPLES ?= 1500
fuzz: $(BIN)/minutebook
	MINUTEBOOK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_hostile_fuzz.py

eval: $(BIN)/minutebook
	$(BIN)/python scripts/evaluate.py $(SHARED)

# Action links against series of real minutes with links written by reading them (scripts/evaluate_tracking.py).
eval-tracking: $(BIN)/minutebook
	$(BIN)/python scripts/evaluate_tracking.py $(MINUTEBOOK_SERIES)

samples: $(BIN)/minutebook
	$(BIN)/python samples/make_samples.py
	$(BIN)/python samples/make_plan_pdf.py
	$(BIN)/python tests/make_docx_sample.py

bench-ingest: $(BIN)/minutebook
	$(BIN)/python benchmarks/bench_ingest.py --shared $(SHARED)

bench-queries: $(BIN)/minutebook
	$(BIN)/python benchmarks/bench_queries.py

bench-lists: $(BIN)/minutebook
	$(BIN)/python benchmarks/bench_long_lists.py

bench-lines: $(BIN)/minutebook
	$(BIN)/python benchmarks/bench_long_lines.py

clean:
	rm -rf $(VENV) $(DEMO_DB) build *.egg-info
