# ksef-sdk developer tasks. Run `make help` for the list.
VENV ?= .venv
# the interpreter the virtual environment is made from (any supported one: python3.10 ... python3.13)
PY ?= python3
PYTHON := $(VENV)/bin/python
BIN := $(VENV)/bin/
STAMP := $(VENV)/.installed
# the generator's post-hooks call `ruff`: the pinned one from the venv
export PATH := $(abspath $(VENV))/bin:$(PATH)
CODEGEN := PYTHONPATH=tools $(PYTHON) -m ksef_codegen
GENERATOR := $(BIN)openapi-python-client
RUFF := $(BIN)ruff
OUT ?= generated/ksef_api
TEMPLATES := generator-templates
DOCS_OUT ?= generated/ksef_documents
HAND_WRITTEN := overlays/ksef_sdk sandbox/ksef_sandbox tools tests benchmarks hatch_build.py

.PHONY: help setup test-deps render-deps spec generate generate-documents check-generated spec-diff test record lint bench sandbox demo

help:
	@echo "setup            a virtual environment .venv with ksef-sdk[dev] installed (no root needed; PY=python3.10 picks the interpreter)"
	@echo "test-deps        what only the tests need from Debian: xmlsec1 (independent XAdES verifier), openssl (independent CSR and certificate-chain verifier), tmux (terminal tests), postgresql and redis-server (outbox stores); and render-deps"
	@echo "render-deps      what PDF rendering (extra pdf) needs from Debian: pango, harfbuzz-subset, the DejaVu fonts (also packaged into the wheel)"
	@echo "demo             setup, then the main job on the embedded sandbox: authenticate, send an invoice, UPO, QR link"
	@echo "spec             openapi.yaml from KSEF_SPEC (default ../shared/ksef/openapi.json) + overlays/openapi; ACCEPT=1 accepts a new upstream"
	@echo "generate         regenerate generated/ksef_api from openapi.yaml and generated/ksef_documents from the XSDs"
	@echo "check-generated  regenerate into a temporary tree and fail on any difference from generated/"
	@echo "spec-diff        OLD=a.json NEW=b.json: what changed between two spec versions, breaking changes marked"
	@echo "test             the test suite (cassettes replayed, network blocked); needs test-deps"
	@echo "record           re-record cassettes against the sandbox (KSEF_ENV=test: against the real TEST environment)"
	@echo "lint             ruff and mypy over the hand-written code"
	@echo "bench            benchmarks/"
	@echo "sandbox          run the offline KSeF server on loopback"

# Everything the project needs from its own files, no root needed (a fresh machine runs `make setup`, CI too).
# PDF rendering's system libraries come with setup where it can install them (root with apt-get); elsewhere
# `make render-deps` names them and everything but PDF output works without them.
setup: $(STAMP)
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then $(MAKE) -s render-deps; fi

# Debian packages only the tests use: xmlsec1 (independent XAdES verifier), openssl (independent CSR and
# certificate-chain verifier), tmux (the CLI's terminal tests), postgresql and redis-server (the outbox's
# stores; the tests start private instances on loopback).
# Installed as root (CI runs as root); otherwise the missing ones are named.
TEST_TOOLS := xmlsec1 openssl tmux redis-server
test-deps: render-deps
	@missing=""; for tool in $(TEST_TOOLS); do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	        echo "installing Debian packages:$$missing"; \
	        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	    else echo "the tests need:$$missing (sudo apt-get install$$missing)"; exit 1; fi; fi

# The PDF renderer (extra pdf): WeasyPrint needs pango; harfbuzz-subset makes font embedding fast; the DejaVu fonts
# (core + extra: Sans Condensed) are embedded in PDFs, and hatch_build.py packages them into the wheel.
RENDER_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-dejavu-extra
render-deps:
	@missing=$$(for p in $(RENDER_DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	        echo "installing Debian packages:" $$missing; \
	        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	    else echo "PDF rendering needs: sudo apt-get install" $$missing; exit 1; fi; \
	fi

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(PYTHON) -m pip install -q -e ".[dev]"
	touch $@

demo: setup
	$(BIN)ksef demo

spec: $(STAMP)
	$(CODEGEN) spec

# Generation into $(OUT); --fail-on-warning: any generator warning is an error.
generate: spec generate-documents
	rm -rf $(OUT)
	$(GENERATOR) generate --path openapi.yaml --config generator-config.yaml --meta none \
	    --custom-template-path $(TEMPLATES) --output-path $(OUT) --fail-on-warning
	$(CODEGEN) tables openapi.yaml $(OUT)/_tables.py
	$(RUFF) format --isolated --no-cache --quiet $(OUT)/_tables.py

# Typed invoice documents (xsdata) from the official XSDs in ../shared/ksef (or KSEF_SHARED); see tools/ksef_codegen/documents.py
generate-documents: $(STAMP)
	$(CODEGEN) documents $(DOCS_OUT)

check-generated:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory -s generate OUT=$$tmp/ksef_api DOCS_OUT=$$tmp/ksef_documents >/dev/null && \
	if diff -r --exclude=__pycache__ generated/ksef_api $$tmp/ksef_api >$$tmp/diff.txt && \
	   diff -r --exclude=__pycache__ generated/ksef_documents $$tmp/ksef_documents >>$$tmp/diff.txt; then \
	    echo "check-generated: generated/ksef_api matches openapi.lock.json + overlays, generated/ksef_documents the XSDs"; \
	else \
	    echo "check-generated: generated/ differs from what the spec, overlays and XSDs generate:"; \
	    head -50 $$tmp/diff.txt; echo "run 'make generate' and commit the result"; exit 1; \
	fi

OLD ?= ../shared/ksef/history/openapi-2.0.0-rc5.6.json
NEW ?= ../shared/ksef/openapi.json
spec-diff: $(STAMP)
	$(CODEGEN) diff $(OLD) $(NEW)

test: setup test-deps
	$(PYTHON) -m pytest

record: setup test-deps
	$(PYTHON) -m pytest tests/e2e --record-mode=rewrite

lint: $(STAMP)
	$(RUFF) check $(HAND_WRITTEN)
	$(RUFF) format --check $(HAND_WRITTEN)
	$(PYTHON) -m mypy

bench: setup
	$(PYTHON) -m benchmarks

sandbox: $(STAMP)
	$(PYTHON) -m ksef_sandbox --port 8000
