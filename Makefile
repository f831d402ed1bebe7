# Two entry points: `make run` (the bot on the shipped course) and `make test`.
# Both create .venv when it is missing with deploy/install.sh, the same install as the
# container's: torch's CPU build from PyTorch's CPU index first (PyPI's Linux torch pulls
# several GB of CUDA libraries), then the project with its pinned dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run chat test browser postgres lint bench check clean

$(STAMP): pyproject.toml constraints.txt deploy/install.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHON=$(BIN)/python sh deploy/install.sh --quiet -e '.[dev]'
	touch $(STAMP)

# The shipped course ran in 2021: by default the bot's clock starts on the morning of
# Mon 1 Feb 2021 (week 4) and runs at SPEED x real time. `make run NOW=` uses the real clock.
NOW ?= 2021-02-01T09:00
SPEED ?= 1
TZ_ASKER ?=
run: $(STAMP)
	$(BIN)/python -m bot serve $(if $(NOW),--now $(NOW) --speed $(SPEED))

chat: $(STAMP)
	$(BIN)/python -m bot chat $(if $(NOW),--now $(NOW)) $(if $(TZ_ASKER),--tz $(TZ_ASKER))

test: $(STAMP) browser postgres
	$(BIN)/python -m ruff check bot tests bench
	$(BIN)/python -m pytest -q

# Debian's Chromium for the emulator's browser tests. Installed when missing and possible
# (root with apt-get); otherwise those tests are skipped and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver \
	      >/dev/null)) || echo "warning: could not install chromium; browser tests skip"; \
	  else echo "note: chromium missing and not root: browser tests will be skipped"; fi; }

# Debian's PostgreSQL server binaries (initdb, pg_ctl): the storage tests start a server of
# their own in a temporary folder. Installed when missing and possible (root with apt-get);
# otherwise the PostgreSQL half of those tests is skipped and says why.
postgres:
	@command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -q postgresql >/dev/null)) || \
	    echo "warning: could not install postgresql; its tests skip"; \
	  else echo "note: postgresql missing and not root: its tests will be skipped"; fi; }

check: $(STAMP)
	$(BIN)/python -m bot check schedule.yaml

bench: $(STAMP)
	$(BIN)/python bench/answer_latency.py
	$(BIN)/python bench/http_latency.py

clean:
	rm -rf $(VENV)
