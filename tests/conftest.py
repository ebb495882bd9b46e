"""Make ``tests/`` importable, so tests can share builders from ``tests/fixtures``."""

import sys
from pathlib import Path

TESTS = str(Path(__file__).parent)
if TESTS not in sys.path:
    sys.path.insert(0, TESTS)
