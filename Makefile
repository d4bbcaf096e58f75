# unionkit — everything from a machine that has only Python 3.11+.
#   make demo    create .venv, install unionkit, run a pipeline over examples/
#   make test    create .venv, install with test extras, run the test suite (one worker per core)
#   make bench   throughput/memory benchmarks (bench/)
#   make fuzz    long fuzz run outside the fast suite

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench fuzz clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/unionkit clean --format jsonl examples/ | $(BIN)/unionkit extract | $(BIN)/unionkit stats

test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/run.py

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz.py --cases 100000

clean-venv:
	rm -rf $(VENV)
