"""The domain core runs without Django: every module imports with Django made unimportable."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import netwerkkaart.core

CORE = Path(netwerkkaart.core.__file__).parent

# Imports every core module in a fresh interpreter where any attempt to import Django fails.
PROBE = """
import importlib, pkgutil, sys

class NoDjango:
    def find_spec(self, name, path=None, target=None):
        if name == "django" or name.startswith("django."):
            raise ImportError("Django is not available to the core")
        return None

sys.meta_path.insert(0, NoDjango())
import netwerkkaart.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "netwerkkaart.core.")]
for name in names:
    importlib.import_module(name)
assert not any(m == "django" or m.startswith("django.") for m in sys.modules)
print(len(names))
"""


def test_every_core_module_imports_without_django() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the walk really found the core's modules


def test_no_core_source_file_mentions_a_django_import() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}: {n}" for n in names if n.split(".")[0] == "django"]
    assert offenders == []
