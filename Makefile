# ksef-sdk developer tasks. Run `make help` for the list.
PYTHON ?= $(if $(wildcard .venv/bin/python),.venv/bin/python,python3)
BIN := $(dir $(PYTHON))
CODEGEN := PYTHONPATH=tools $(PYTHON) -m ksef_codegen
GENERATOR := $(BIN)openapi-python-client
RUFF := $(BIN)ruff
OUT ?= generated/ksef_api
HAND_WRITTEN := overlays/ksef_sdk sandbox/ksef_sandbox tools tests benchmarks

.PHONY: help spec generate check-generated spec-diff test record lint typecheck bench sandbox demo

help:
	@echo "spec             openapi.yaml from KSEF_SPEC (default ../shared/ksef/openapi.json) + overlays/openapi; ACCEPT=1 accepts a new upstream"
	@echo "generate         regenerate generated/ksef_api from openapi.yaml"
	@echo "check-generated  regenerate into a temporary tree and fail on any difference from generated/"
	@echo "spec-diff        OLD=a.json NEW=b.json: what changed between two spec versions, breaking changes marked"
	@echo "test             the test suite (cassettes replayed, network blocked)"
	@echo "record           re-record cassettes against the sandbox (KSEF_ENV=test: against the real TEST environment)"
	@echo "lint             ruff and mypy over the hand-written code"
	@echo "bench            benchmarks/"
	@echo "sandbox          run the offline KSeF server on loopback"

spec:
	$(CODEGEN) spec

# Generation into $(OUT); --fail-on-warning: any generator warning is an error.
generate: spec
	rm -rf $(OUT)
	$(GENERATOR) generate --path openapi.yaml --config generator-config.yaml --meta none \
	    --output-path $(OUT) --fail-on-warning
	$(CODEGEN) tables openapi.yaml $(OUT)/_tables.py
	$(RUFF) format --isolated --no-cache --quiet $(OUT)/_tables.py

check-generated:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory -s generate OUT=$$tmp/ksef_api >/dev/null && \
	if diff -r --exclude=__pycache__ generated/ksef_api $$tmp/ksef_api >$$tmp/diff.txt; then \
	    echo "check-generated: generated/ksef_api matches openapi.lock.json + overlays"; \
	else \
	    echo "check-generated: generated/ksef_api differs from what the spec and overlays generate:"; \
	    head -50 $$tmp/diff.txt; echo "run 'make generate' and commit the result"; exit 1; \
	fi

OLD ?= ../shared/ksef/history/openapi-2.0.0-rc5.6.json
NEW ?= ../shared/ksef/openapi.json
spec-diff:
	$(CODEGEN) diff $(OLD) $(NEW)

test:
	$(PYTHON) -m pytest

record:
	$(PYTHON) -m pytest tests/e2e --record-mode=rewrite

lint:
	$(RUFF) check $(HAND_WRITTEN)
	$(RUFF) format --check $(HAND_WRITTEN)
	$(PYTHON) -m mypy

bench:
	$(PYTHON) -m benchmarks

sandbox:
	$(PYTHON) -m ksef_sandbox --port 8000
