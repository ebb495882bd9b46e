"""The apps depend on each other in one direction: each imports only apps on a lower layer.

Like ``tests/core/test_core_is_framework_free.py`` for the core, this reads every module's
imports (function-level ones included, which hide a dependency as well as a top-level one) and
compares them with the layers ``docs/ARCHITECTURE.md`` draws. A new app gets a layer here; an
import that points up or sideways fails with the module and the line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "netwerkkaart"
APPS = PACKAGE / "apps"

# Lowest first. An app may import apps of strictly lower layers only: never one of its own layer,
# never one above. Keep in step with the drawing in docs/ARCHITECTURE.md.
LAYERS: list[set[str]] = [
    {"workspaces"},
    {"accounts", "register", "help"},
    {"rounds"},
    {"surveys", "instruments"},
    {"advice"},
    {"dashboard", "networkmap", "regions"},
    {"reports"},
    {"home", "demo"},
]
LAYER_OF = {app: level for level, apps in enumerate(LAYERS) for app in apps}

# The project's shared modules under web/ serve every app, so they import none (urls.py and
# settings.py name them all, which is their job).
WEB_MAY_NAME_APPS = {"urls.py", "settings.py"}


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every absolute module ``path`` imports, with its line (relative imports resolved)."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """The modules ``source`` (a module of ``package``) imports, anywhere in it, with lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


def _app_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] == ["netwerkkaart", "apps"] and len(parts) > 2:
        return parts[2]
    return None


def _modules_of(app: str) -> list[Path]:
    return [p for p in (APPS / app).rglob("*.py") if "migrations" not in p.parts]


def app_edges() -> dict[str, dict[str, list[str]]]:
    """app -> imported app -> the places (``file:line``) that import it."""
    edges: dict[str, dict[str, list[str]]] = {}
    for app_dir in sorted(p for p in APPS.iterdir() if (p / "apps.py").exists()):
        app = app_dir.name
        for path in _modules_of(app):
            for line, module in _imported_modules(path):
                target = _app_of(module)
                if target and target != app:
                    where = f"{path.relative_to(PACKAGE)}:{line}"
                    edges.setdefault(app, {}).setdefault(target, []).append(where)
    return edges


def test_every_app_has_a_layer():
    apps = {p.name for p in APPS.iterdir() if (p / "apps.py").exists()}
    assert apps == set(LAYER_OF), "give each app a layer in LAYERS (and in ARCHITECTURE.md)"


@pytest.mark.parametrize("app", sorted(LAYER_OF))
def test_an_app_imports_only_lower_layers(app):
    wrong = {
        target: places
        for target, places in app_edges().get(app, {}).items()
        if LAYER_OF.get(target, len(LAYERS)) >= LAYER_OF[app]
    }
    assert not wrong, f"{app} imports apps on its own layer or above: {wrong}"


def test_there_is_no_cycle_between_apps():
    edges = {app: set(targets) for app, targets in app_edges().items()}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in edges.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(app for app in edges if reaches(app, app, {app}))
    assert not cycles, f"apps on a cycle: {cycles}"


def test_the_shared_web_modules_import_no_app():
    wrong = [
        f"{path.name}:{line} {module}"
        for path in (PACKAGE / "web").rglob("*.py")
        if path.name not in WEB_MAY_NAME_APPS
        for line, module in _imported_modules(path)
        if _app_of(module)
    ]
    assert not wrong


def test_the_check_sees_imports_hidden_in_functions_and_relative_ones():
    # The walk must find these, or the rules above prove nothing.
    source = (
        "def f():\n    from netwerkkaart.apps.home import views\n    from ..rounds import models\n"
    )
    found = imports_in(source, "netwerkkaart.apps.surveys")
    assert [_app_of(module) for _line, module in found] == ["home", "rounds"]
    assert [line for line, _module in found] == [2, 3]
