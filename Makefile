# Two entry points: `make run` (the bot on the shipped course) and `make test`.
# Both create .venv when it is missing; torch is installed first, pinned, so that
# pip takes the CPU wheel instead of resolving a multi-GB CUDA build.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench check clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot chat

test: $(STAMP)
	$(BIN)/python -m ruff check bot tests bench
	$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/python -m bot check schedule.yaml

bench: $(STAMP)
	$(BIN)/python bench/answer_latency.py

clean:
	rm -rf $(VENV)
