"""The examples in the core's docstrings run as tests, so they stay true (issue 14 item 8).

Only the pure core (``netwerkkaart.core``): its examples need no database and no settings. Each
module with examples is one test case, named after the module.
"""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil

import pytest

import netwerkkaart.core

FINDER = doctest.DocTestFinder(exclude_empty=True)


def modules_with_examples() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(netwerkkaart.core.__path__, "netwerkkaart.core.")
    ]
    found = []
    for name in ["netwerkkaart.core", *names]:
        module = importlib.import_module(name)
        if any(test.examples for test in FINDER.find(module, name)):
            found.append(name)
    return found


MODULES = modules_with_examples()


def test_the_core_has_examples_to_run() -> None:
    # The walk really found modules with examples (eight when this test was written).
    assert len(MODULES) >= 8


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_in_the_docstrings_hold(name: str) -> None:
    module = importlib.import_module(name)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in FINDER.find(module, name):
        runner.run(test, out=report.write)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, report.getvalue()
