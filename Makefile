# The two commands of the README:
#   make demo   runs the example suites against the bundled demo portal and prints where log.html is
#   make test   runs every test: unit tests (pytest, with the docs check), the Robocop lint
#               and all acceptance suites (atest/run.py: atest/ under pabot, one suite per process)
# Both install what they need first (virtualenv, packages, a Chromium) through scripts/setup.sh.

VENV ?= .venv
PY := $(VENV)/bin/python
RESULTS ?= results

.PHONY: setup demo test utest lint atest docs clean

setup:
	@scripts/setup.sh

demo: setup
	$(PY) atest/run.py --outputdir $(RESULTS)/demo atest/examples

utest: setup
	$(PY) -m pytest -q utest atest/pytest

atest: setup
	$(PY) atest/run.py --outputdir $(RESULTS)/atest atest

lint: setup
	$(VENV)/bin/robocop check atest docs
	$(VENV)/bin/robocop format --check --diff atest docs

# The lint first (seconds, and a style error needs no browser); then the unit tests and the
# acceptance suites side by side, each target's output printed whole when it ends; both must pass.
test: lint
	@$(MAKE) --no-print-directory -j2 --output-sync=target utest atest

docs: setup
	$(PY) scripts/make_docs.py
	$(PY) scripts/import_graph.py
	$(PY) scripts/browser_table.py

clean:
	rm -rf $(RESULTS) .pytest_cache
