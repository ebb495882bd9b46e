"""The advice of a round straight from a dataset (the CLI), and the status of each item over time."""

from __future__ import annotations

from collections.abc import Sequence

from netwerkkaart.core.advice.evaluate import AdviceChange, advise, compare_advice
from netwerkkaart.core.advice.figures import FigureSet, figure_set
from netwerkkaart.core.advice.model import Recommendation
from netwerkkaart.core.advice.render import change_dict, recommendation_dict
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.measures.survey import wished_absent_ties
from netwerkkaart.core.network.perception import perception_gaps, perception_pairs
from netwerkkaart.core.network.robustness import robustness
from netwerkkaart.core.network.targets import target_network
from netwerkkaart.core.tables import compute_tables


def dataset_figure_set(
    dataset: Dataset, round_code: str, *, min_group: int, robust: bool = True
) -> FigureSet:
    """The named figures of ``round_code`` in ``dataset`` (no trust or session: not in files).

    With ``robust`` (the round advised, not the one it is compared with) each network measure
    carries its robustness label; the perception gaps and the wished network are always read.
    """
    data = dataset.for_round(round_code)
    analysis = analyse(dataset, round_id=round_code, min_group=min_group)
    wishes = wished_absent_ties(data, analysis.graph)
    return figure_set(
        analysis, compute_tables(data, min_group=min_group), wishes=wishes,
        robustness=robustness(data, analysis, wishes=wishes) if robust else None,
        perception=perception_gaps(perception_pairs(data, analysis.graph), min_group),
        targets=target_network(data, analysis.graph, wishes, min_group),
    )  # fmt: skip


def advice_over_time(
    figures: FigureSet, earlier: FigureSet | None = None
) -> tuple[list[Recommendation], list[AdviceChange]]:
    """The round's recommendations (with earlier values) and, given ``earlier``, what changed."""
    now = advise(figures, earlier=earlier)
    if earlier is None:
        return now, []
    return now, compare_advice(advise(earlier), now, figures)


def advice_records(
    recommendations: Sequence[Recommendation],
    changes: Sequence[AdviceChange] = (),
    *,
    lang: str = "nl",
    names: bool = False,
    compared: bool = False,
) -> list[dict]:
    """One plain object per recommendation, then per recommendation that no longer applies.

    Each has ``kind``, ``title``, ``priority``, ``why`` (``figure``, ``group``, ``value`` and,
    when compared, ``earlier``), ``steps``, ``reference`` and ``status``: ``current`` without a
    comparison, else ``new``, ``continued`` or ``ended`` (an ended one's ``value`` is now,
    ``earlier`` then, and it has no steps).
    """
    whole_new = {(c.kind, c.groups) for c in changes if c.status == "new"}
    records = []
    for rec in recommendations:
        data = recommendation_dict(rec, lang, names=names)
        data.pop("why_shown", None)
        new = (rec.kind, rec.groups) in whole_new
        status = "current" if not compared else "new" if new else "continued"
        records.append({"status": status, **data})
    for change in changes:
        if change.status != "ended":
            continue
        data = change_dict(change, lang)
        records.append({
            "status": "ended", "kind": change.kind, "title": data["title"],
            "priority": change.priority, "groups": data["groups"], "why": data["figures"],
            "steps": [], "reference": "",
        })  # fmt: skip
    return records
