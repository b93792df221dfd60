#!/usr/bin/env bash
# Create .venv and install the project. torch is installed first, pinned, so pip takes the CPU build
# that lies on this machine's disk instead of a multi-GB CUDA build. `--dev` adds the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q torch==2.13.0
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/pip install -q -e ".[dev]"
else
  .venv/bin/pip install -q -e .
fi
