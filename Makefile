# anat_core: the two commands the README names are `make reproduce` and `make test`.
#   make setup      create .venv (if missing) and install anat_core with its dev requirements (editable)
#   make test       check notebooks are clean and anat_core/ is in sync, then run every notebook's tests
#   make reproduce  regenerate every artifact in results/ at the cpu scale (resumable; FORCE=1 re-runs up-to-date ones)
#   make clean      remove caches and build/doc products (keeps results/ artifacts and .venv)
#   make distclean  clean + remove .venv;  make clean-cache removes the phantom/checkpoint cache
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CACHE_DIR := $(or $(ANAT_CORE_CACHE),$(HOME)/.cache/anat_core)

.PHONY: help setup test reproduce readme clean clean-cache distclean

help:
	@sed -n '2,6s/^# //p' Makefile

setup: $(STAMP)

# Re-installs whenever the requirements (settings.ini) or setup.py change (not pyproject.toml: nbdev_export rewrites it every time).
# pip's exit status survives the filter (pipefail); only its "... is ignored" notices are dropped.
$(STAMP): settings.ini setup.py
	@if [ ! -x "$(PY)" ]; then echo "creating $(VENV) (python3 -m venv)"; python3 -m venv "$(VENV)"; fi
	@echo "installing anat_core and its dev requirements: $(PY) -m pip install -e '.[dev]'"
	@$(PY) -m pip install --disable-pip-version-check -q -e ".[dev]" 2>&1 | { grep -v "is ignored" || true; }
	@touch "$@"

test: setup
	@VENV="$(VENV)" bash .ci/check_sync.sh
	@# two notebooks at a time on two cores: one thread each (2 x 2 torch threads oversubscribe and run 10-30x slower)
	@OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE $(VENV)/bin/nbdev_test --n_workers 2
	@n=$$($(PY) -c "from nbdev.doclinks import nbglob; from nbdev.test import _keep_file; \
	  print(len([f for f in nbglob(as_path=True) if _keep_file(f, '.notest')]))"); \
	  echo "nbdev_test: $$n passed, 0 failed"

readme: setup
	$(VENV)/bin/jupyter nbconvert --to markdown --stdout nbs/index.ipynb 2>/dev/null > README.md

reproduce: setup
	$(PY) -m anat_core.compendium run --scale cpu$(if $(FORCE), --force,)

clean:
	rm -rf _docs _proc build dist .cache .anat_core_cache results/.staging
	find . -path "./$(VENV)" -prune -o -type d \( -name __pycache__ -o -name .ipynb_checkpoints -o -name '*.egg-info' \) -print0 \
	  | xargs -0 rm -rf

clean-cache:
	rm -rf "$(CACHE_DIR)"

distclean: clean
	rm -rf "$(VENV)"
