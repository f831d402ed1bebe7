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

# The shipped course ran in 2021: by default the console pretends it is the morning of
# Mon 1 Feb 2021 (week 4). `make run NOW=` uses the real clock; TZ_ASKER sets your zone.
NOW ?= 2021-02-01T09:00
TZ_ASKER ?=
run: $(STAMP)
	$(BIN)/python -m bot chat $(if $(NOW),--now $(NOW)) $(if $(TZ_ASKER),--tz $(TZ_ASKER))

test: $(STAMP)
	$(BIN)/python -m ruff check bot tests bench
	$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/python -m bot check schedule.yaml

bench: $(STAMP)
	$(BIN)/python bench/answer_latency.py

clean:
	rm -rf $(VENV)
