"""The wished network beside today's: per pair of sectors, what respondents want to change.

Respondents say of each tie how they want it to evolve (more, better, the same, less) and with
whom they want to work more or better (Tabel 4). Together they describe a *target network*:
today's ties plus the wished ones that do not exist yet. Per ordered pair of sectors (the
respondent's sector, the partner's sector):

* ``ties`` — ties respondents of the first sector report with partners of the second today;
* ``deeper`` — of those, the ones wished to grow (``meer``) or to go better (``beter``);
* ``less`` — the ones wished to shrink (``minder``);
* ``new`` — wishes for a partner of the second sector with whom the respondent has no tie yet
  (a wished category counts for the sector most of its register members belong to; a wished
  actor outside the register has no known sector and is left out);
* ``target`` — ``ties + new``; ``gap`` — ``new / target``, the share of the target network's
  ties in that cell that do not exist yet (the heat map).

The stimulating and inhibiting factors (Tabel 5 and 6) are counted the same way, per ordered
pair of sectors of the tie and per category: the ties naming the category, over the ties of
that pair with an answer on that kind of factor.

A cell is shown when it rests on at least ``min_group`` distinct respondents (who report its
ties or make its wishes); otherwise its figures are blank and ``suppressed`` is true.

References
----------
.. [1] Pless, L. & Buntinx, H. *Samenwerking rond zorg en welzijn breed bekeken*. UCLL
   (gewenste evolutie, Tabel 4, Tabel 5 and 6).
"""

from __future__ import annotations

from collections import Counter

import igraph as ig
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.perception import reported_ties
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable

TARGET_SCHEMA = {
    "sector_from": pl.String, "sector_to": pl.String, "ties": pl.Int64, "deeper": pl.Int64,
    "less": pl.Int64, "new": pl.Int64, "target": pl.Int64, "gap": pl.Float64,
    "respondents": pl.Int64, "suppressed": pl.Boolean,
}  # fmt: skip
FACTOR_SCHEMA = {
    "sector_from": pl.String, "sector_to": pl.String, "kind": pl.String, "category": pl.String,
    "ties": pl.Int64, "ties_answered": pl.Int64, "share": pl.Float64, "respondents": pl.Int64,
    "suppressed": pl.Boolean,
}  # fmt: skip


def target_network(
    data: Dataset, graph: ig.Graph, wishes: pl.DataFrame, min_group: int = DEFAULT_MIN_GROUP
) -> pl.DataFrame:
    """Today's ties, the wished changes and the gap per ordered pair of sectors.

    Parameters
    ----------
    data
        The dataset narrowed to the round (and location) ``graph`` was built from.
    wishes
        :func:`~netwerkkaart.core.network.measures.survey.wished_absent_ties` of that graph.
    """
    sector = _sectors(graph)
    cells: dict[tuple[str, str], dict] = {}

    def cell(a: str, b: str) -> dict:
        return cells.setdefault((a, b), {"ties": 0, "deeper": 0, "less": 0, "new": 0,
                                         "who": set()})  # fmt: skip

    for (source, target), report in reported_ties(data, graph).items():
        a, b = sector.get(source), sector.get(target)
        if a is None or b is None:
            continue
        entry = cell(a, b)
        entry["ties"] += 1
        entry["who"].add(source)
        entry["deeper"] += report["evolution"] in ("meer", "beter")
        entry["less"] += report["evolution"] == "minder"
    category_sector = _category_sectors(data)
    register = dict(data.actors.select("id", pl.col("sector").cast(pl.String)).rows())
    for respondent, kind, partner, targets, absent in wishes.select(
        "respondent", "target_kind", "partner", "targets", "absent"
    ).iter_rows():
        a = sector.get(respondent)
        if kind == "category":
            b = category_sector.get(vocab.normalise_key(partner))
        else:
            b = (sector.get(targets[0]) or register.get(targets[0])) if targets else None
        if a is None or b is None or not absent:
            continue
        entry = cell(a, b)
        entry["new"] += 1
        entry["who"].add(respondent)
    rows = []
    for (a, b), entry in sorted(cells.items(), key=lambda kv: (_rank(kv[0][0]), _rank(kv[0][1]))):
        ok = is_reportable(len(entry["who"]), min_group)
        target = entry["ties"] + entry["new"]
        figures = (entry["ties"], entry["deeper"], entry["less"], entry["new"], target,
                   entry["new"] / target if target else None, len(entry["who"]))  # fmt: skip
        rows.append((a, b, *(f if ok else None for f in figures), not ok))
    return pl.DataFrame(rows, schema=TARGET_SCHEMA, orient="row")


def factors_by_sector_pair(
    data: Dataset, graph: ig.Graph, min_group: int = DEFAULT_MIN_GROUP
) -> pl.DataFrame:
    """Stimulating and inhibiting factor categories per ordered pair of sectors of the tie.

    Returns
    -------
    polars.DataFrame
        One row per pair, kind and category named at least once: ``ties`` naming it,
        ``ties_answered`` (ties of the pair with any factor of that kind), ``share``, distinct
        ``respondents`` of the pair's answers of that kind, ``suppressed``. Within a pair and
        kind, most named first.
    """
    sector = _sectors(graph)
    answered: dict[tuple[str, str, str], set] = {}
    named: dict[tuple[str, str, str], Counter] = {}
    who: dict[tuple[str, str, str], set] = {}
    for (source, target), report in reported_ties(data, graph).items():
        a, b = sector.get(source), sector.get(target)
        if a is None or b is None:
            continue
        for kind in vocab.FACTOR_KINDS:
            values = report.get(kind) or []
            categories = {str(v).split(":", 1)[0] for v in values if v}
            if not categories:
                continue
            key = (a, b, kind)
            answered.setdefault(key, set()).add((source, target))
            who.setdefault(key, set()).add(source)
            named.setdefault(key, Counter()).update(categories)
    rows = []
    order = {code: i for i, code in enumerate(vocab.FACTOR_CATEGORY.codes)}
    for key in sorted(
        named, key=lambda k: (_rank(k[0]), _rank(k[1]), vocab.FACTOR_KINDS.index(k[2]))
    ):
        total, respondents = len(answered[key]), len(who[key])
        ok = is_reportable(respondents, min_group)
        for category, count in sorted(
            named[key].items(), key=lambda kv: (-kv[1], order.get(kv[0], 99))
        ):
            rows.append((*key, category, count if ok else None, total if ok else None,
                         count / total if ok else None, respondents if ok else None, not ok))  # fmt: skip
    return pl.DataFrame(rows, schema=FACTOR_SCHEMA, orient="row")


def _sectors(graph: ig.Graph) -> dict[str, str | None]:
    if not graph.vcount():
        return {}
    return dict(zip(graph.vs["id"], graph.vs["sector"], strict=True))


def _category_sectors(data: Dataset) -> dict[str, str]:
    """Per normalised category of the register, the sector most of its actors belong to."""
    counts: dict[str, Counter] = {}
    for category, code in data.actors.select("category", pl.col("sector").cast(pl.String)).rows():
        if category and code:
            counts.setdefault(vocab.normalise_key(category), Counter())[code] += 1
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


def _rank(code: str) -> int:
    return vocab.SECTOR.codes.index(code) if code in vocab.SECTOR.codes else 99
