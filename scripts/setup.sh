#!/usr/bin/env bash
# Create .venv and install the project. torch is installed first, pinned, so pip takes the CPU build
# that lies on this machine's disk instead of a multi-GB CUDA build. `--dev` adds the test tools.
# Output is one line per step; pip's errors and warnings are shown, except two known to be harmless:
# "WARNING: Location 'file://…' is ignored" (an index folder named in the machine's pip config that is
# absent) and setuptools' "Editable installation" notice (about folders shadowing the package).
# Every other package is pinned by constraints.txt (see the README): the same versions on every machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1
BENIGN="^WARNING: Location 'file://[^']*' is ignored: it is neither a file nor a directory\.$"

pip_quiet() {   # pip -q, its stderr without the benign lines; pip's exit status is kept (pipefail)
  { .venv/bin/pip install -q "$@" 2>&1 1>&3 | sed -E "\\#$BENIGN#d" >&2; } 3>&1
}

echo "setup: creating .venv"
python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
echo "setup: updating pip"
pip_quiet --upgrade pip
echo "setup: installing torch 2.13.0 (CPU build)"
pip_quiet torch==2.13.0
export PYTHONWARNINGS="ignore:Editable installation"      # read by the setuptools build backend
if [ "${1:-}" = "--dev" ]; then
  echo "setup: installing the project and the test tools"
  pip_quiet -c constraints.txt -e ".[dev]"
else
  echo "setup: installing the project"
  pip_quiet -c constraints.txt -e .
fi
echo "setup: done. Start the page: .venv/bin/python app.py"
