#!/usr/bin/env bash
# The site and one task worker beside it (imports and other long work run there), as `make demo`
# starts them: Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
"$BIN/python" manage.py db_worker --no-startup-delay --interval 1 &
worker=$!
trap 'kill "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true' EXIT INT TERM
"$BIN/python" manage.py runserver 127.0.0.1:8000
