# The two commands a new user runs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval eval-blind bench clean

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

# Extraction is measured on real press: ../shared/realdev (pages as crawled, gold with incident keys).
# `make eval` scores all of realdev and its development part; `make eval PART=holdout` the kept-aside
# third (eval/realdev_split.py), which is scored only to report it, never to tune rules.
REALDEV ?= ../shared/realdev
GOLD ?= $(REALDEV)/gold.jsonl
TEXTS ?= $(REALDEV)/pages/*.html
SCORER ?= ../shared/gold/score.py
PART ?= dev
eval: $(STAMP)
	$(BIN)/healthbreach extract $(TEXTS) > $(VENV)/eval-pred.jsonl
	@echo "== all of $(GOLD)"
	$(BIN)/python $(SCORER) $(GOLD) $(VENV)/eval-pred.jsonl | tail -12
	@if [ "$(GOLD)" = "$(REALDEV)/gold.jsonl" ]; then \
	  $(BIN)/python eval/realdev_split.py $(GOLD) $(VENV)/eval-pred.jsonl $(PART) $(VENV)/eval-gold-$(PART).jsonl $(VENV)/eval-pred-$(PART).jsonl && \
	  echo "== realdev $(PART) part" && $(BIN)/python $(SCORER) $(VENV)/eval-gold-$(PART).jsonl $(VENV)/eval-pred-$(PART).jsonl; fi

# The blind sets written by people who never saw the rules (eval/blind/README.md): A C E F G I K L M
# O R S are read for development; B D H J N P Q T U V are only scored.
eval-blind: $(STAMP)
	@for s in A C E F G I K L M O R S B D H J N P Q T U V; do \
	  $(BIN)/healthbreach extract eval/blind/$$s/pages/*.html > $(VENV)/blind-$$s.jsonl 2>/dev/null && \
	  echo "== blind set $$s" && $(BIN)/python $(SCORER) eval/blind/$$s/gold.jsonl $(VENV)/blind-$$s.jsonl | tail -11; done

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_crawl.py
	$(BIN)/python bench/bench_backfill.py
	$(BIN)/python bench/bench_incidents.py

clean:
	rm -rf $(VENV) data *.egg-info
