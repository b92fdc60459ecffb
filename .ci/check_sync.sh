#!/usr/bin/env bash
# Fails when the notebooks are not clean (nbdev_clean would change one) or when anat_core/ (or pyproject.toml)
# is out of sync with the notebooks (nbdev_export would change it). Works on copies in a temporary folder, so
# it never modifies the working tree. Usage: .ci/check_sync.sh   (VENV=path/to/venv to use another venv)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin="$(cd "${VENV:-.venv}/bin" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
unset IN_TEST  # nbdev_export does nothing when IN_TEST is set

# 1. notebooks are clean: clean a copy and compare
mkdir "$tmp/clean"
cp -R nbs settings.ini "$tmp/clean/"
(cd "$tmp/clean" && "$bin/nbdev_clean")
if ! diff -rq -x .ipynb_checkpoints nbs "$tmp/clean/nbs" | sed "s#$tmp/clean/#cleaned copy of #" >&2; then
  echo "error: the notebooks above are not clean (nbdev_clean would change them)." >&2
  echo "fix: run  ${VENV:-.venv}/bin/nbdev_clean  and commit the result." >&2
  exit 1
fi

# 2. the library is in sync: export the notebooks into an empty package and compare
mkdir "$tmp/export"
cp -R nbs settings.ini "$tmp/export/"
[ -f pyproject.toml ] && cp pyproject.toml "$tmp/export/"
(cd "$tmp/export" && "$bin/nbdev_export")
status=0
diff -rq -x __pycache__ anat_core "$tmp/export/anat_core" | sed "s#$tmp/export/#fresh export of #" >&2 || status=1
if [ -f pyproject.toml ]; then diff -q pyproject.toml "$tmp/export/pyproject.toml" >/dev/null || { echo "pyproject.toml would change" >&2; status=1; }; fi
if [ "$status" != 0 ]; then
  echo "error: anat_core/ is out of sync with the notebooks in nbs/ (nbdev_export would change the files above;" >&2
  echo "       a module only in anat_core/ has no notebook exporting it)." >&2
  echo "fix: edit the notebooks, not anat_core/, then run  ${VENV:-.venv}/bin/nbdev_export  and commit the result." >&2
  exit 1
fi
# 3. README.md is generated from nbs/index.ipynb (nbconvert's Markdown exporter)
if ! "$bin/jupyter" nbconvert --to markdown --stdout nbs/index.ipynb 2>/dev/null | diff -q - README.md >/dev/null; then
  echo "error: README.md is out of sync with nbs/index.ipynb." >&2
  echo "fix: run  make readme  (jupyter nbconvert --to markdown --stdout nbs/index.ipynb > README.md) and commit it." >&2
  exit 1
fi
echo "check_sync: notebooks clean, anat_core/ in sync with nbs/, README.md in sync with nbs/index.ipynb"
