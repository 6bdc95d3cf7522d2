# Everything runs inside .venv, created on first use from python3 (>= 3.10).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint typecheck codegen codegen-check unit stress clean demo

test: lint typecheck codegen-check unit

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check src scripts tests
	$(BIN)/ruff format --check src scripts tests

typecheck: $(STAMP)
	$(BIN)/mypy src tests/typing
	MYPYPATH=scripts $(BIN)/mypy scripts/codegen.py scripts/hookhub_codegen

codegen: $(STAMP)
	$(BIN)/python scripts/codegen.py

codegen-check: $(STAMP)
	$(BIN)/python scripts/codegen.py --check

unit: $(STAMP)
	$(BIN)/pytest

# The reliability suites with thousands of cases each; prints the figures at the end.
stress: $(STAMP)
	HOOKHUB_STRESS=1 $(BIN)/pytest tests/reliability

# The main job on the five in-process sandboxes: no credentials, no network.
demo: $(STAMP)
	$(BIN)/hookhub demo

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
