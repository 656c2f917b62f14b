# The two commands a new user runs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever the declared dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/healthbreach demo

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

GOLD ?= ../shared/gold/seeds.jsonl
TEXTS ?= ../shared/seeds/*.txt
SCORER ?= ../shared/gold/score.py
eval: $(STAMP)
	$(BIN)/healthbreach extract $(TEXTS) > $(VENV)/eval-pred.jsonl
	$(BIN)/python $(SCORER) $(GOLD) $(VENV)/eval-pred.jsonl

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_crawl.py

clean:
	rm -rf $(VENV) data *.egg-info
