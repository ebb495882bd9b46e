"""Figures of several rounds at once, one process per round, for a report made from a file.

igraph holds Python's lock while it computes (betweenness of 5 000 actors takes seconds), so
threads would run the rounds one after the other. Processes compute a report's round and the
round it is compared with side by side. They are *spawned*, not forked: polars' thread pool
does not survive a fork (the children hang). The site does not need this: it takes both rounds'
figures from the cache the dashboard fills.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from netwerkkaart.core.dataset import Dataset


def _start_django(settings_module: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()


def _compute(dataset: Dataset, code: str, min_group: int):
    from netwerkkaart.core.figures import figures_from_dataset

    return figures_from_dataset(dataset, code, min_group=min_group)


# Starting a child (Python, Django, polars, igraph) costs seconds: worth it only for big rounds.
PARALLEL_FROM_TIES = 5000


def figures_for_rounds(dataset: Dataset, codes: Sequence[str], *, min_group: int) -> list:
    """The :class:`RoundFigures` of each round of ``codes``, in that order.

    With more than one round, more than one processor and at least :data:`PARALLEL_FROM_TIES`
    reported ties, every round but the first is computed in a child process while this one
    computes the first.
    """
    small = dataset.ties.height < PARALLEL_FROM_TIES
    if len(codes) < 2 or small or (os.cpu_count() or 1) < 2:
        return [_compute(dataset, code, min_group) for code in codes]
    settings_module = os.environ.get("DJANGO_SETTINGS_MODULE", "netwerkkaart.web.settings")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=len(codes) - 1, mp_context=context, initializer=_start_django,
        initargs=(settings_module,),
    ) as pool:  # fmt: skip
        others = [pool.submit(_compute, dataset.for_round(code), code, min_group)
                  for code in codes[1:]]  # fmt: skip
        first = _compute(dataset, codes[0], min_group)
        return [first, *(future.result() for future in others)]
