# Everything runs inside .venv, created on first use from python3 (>= 3.10).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint typecheck codegen codegen-check unit stress contract compat scale clean demo

test: lint typecheck codegen-check unit

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check src scripts tests
	$(BIN)/ruff format --check src scripts tests
	$(BIN)/ruff check bench
	$(BIN)/ruff format --check bench

# mypy --strict and pyright strict, then the public API's type completeness from
# `pyright --verifytypes` (printed; below 95% fails). pyright finds the editable install
# through the venv, hence PATH and VIRTUAL_ENV.
typecheck: $(STAMP)
	$(BIN)/mypy src tests/typing
	MYPYPATH=scripts $(BIN)/mypy scripts/codegen.py scripts/hookhub_codegen
	$(BIN)/mypy bench
	$(BIN)/mypy scripts/verifytypes_gate.py
	$(BIN)/pyright
	PATH="$(CURDIR)/$(BIN):$$PATH" VIRTUAL_ENV="$(CURDIR)/$(VENV)" \
		pyright --verifytypes hookhub --ignoreexternal \
		| $(BIN)/python scripts/verifytypes_gate.py --minimum 95

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

# Per-call cost against raw httpx and the official SDKs, async fan-out and start-up, in one
# table (bench/run.py says how it measures). BENCH_ARGS="--markdown", "--strict", "--profile KEY".
.PHONY: bench
bench: $(VENV)/.bench-installed
	$(BIN)/python -m bench $(BENCH_ARGS)

$(VENV)/.bench-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@

# The contract suite against the real providers whose credentials are set (others skip,
# saying what to set). Creates webhooks pointing at https://example.com and deletes them.
contract: $(STAMP)
	HOOKHUB_CONTRACT_LIVE=1 $(BIN)/pytest tests/testing -k live -rs

# The official SDKs (sentdm, polytomic, kallima) against the loopback sandbox.
compat: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,compat]'
	$(BIN)/pytest tests/sandbox/test_compat.py -rs

# 10,000 async facade operations against the loopback sandbox; prints the throughput.
scale: $(STAMP)
	HOOKHUB_SCALE=1 $(BIN)/pytest tests/sandbox/test_scale.py -s -rs

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
