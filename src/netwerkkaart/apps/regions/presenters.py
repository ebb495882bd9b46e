"""What the region pages and the report show, from a finished job: maps, tables, labels.

No computation of its own: the quadrants, regions and zone checks are the core's, read back from
the job's JSON; this module only picks one demand type, draws the core's SVG maps and labels.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.utils.translation import gettext as _

from netwerkkaart.apps.regions.models import RegionJob
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.core.regions.analysis import RegionAnalysis
from netwerkkaart.core.regions.model import RegionData
from netwerkkaart.core.regions.quadrants import QUADRANTS, meaning
from netwerkkaart.core.regions.serialize import analysis_from_dict, data_from_dict
from netwerkkaart.core.regions.svg import QUADRANT_STYLE, draw, quadrant_cells, region_cells


def status_label(status: str) -> str:
    return {
        "optimal": _("optimaal (bewezen)"),
        "feasible": _("goed, niet bewezen optimaal (tijdslimiet)"),
        "infeasible": _("onmogelijk: geen volledige regio"),
    }.get(status, status)


def complexity_label(code: str) -> str:
    return (
        _("complex (meerdere aanbieders)") if code == "complex" else _("standaard (één aanbieder)")
    )


@dataclass
class RegionView:
    job: RegionJob
    data: RegionData
    analysis: RegionAnalysis
    demand_type: str

    @classmethod
    def of(cls, job: RegionJob, demand_type: str | None = None) -> RegionView:
        data = data_from_dict(job.data)
        analysis = analysis_from_dict(job.result)
        chosen = demand_type if demand_type in analysis.demand_types else analysis.demand_types[0]
        return cls(job, data, analysis, chosen)

    def name(self, code: str) -> str:
        return self.data.municipality(code).name

    def demand_types(self) -> list[dict]:
        return [{"code": d.code, "label": d.label, "complexity": complexity_label(d.complexity),
                 "products": ", ".join(d.products), "chosen": d.code == self.demand_type}
                for d in self.data.demand_types if d.code in self.analysis.demand_types]  # fmt: skip

    def demand_label(self, code: str | None = None) -> str:
        """The chosen demand type's name (or ``code``'s) as the reader knows it."""
        code = code or self.demand_type
        found = next((d for d in self.data.demand_types if d.code == code), None)
        return found.label if found else code

    def quadrant_rows(self):
        return [q for q in self.analysis.quadrants if q.demand_type == self.demand_type]

    def legend(self) -> list[dict]:
        lang = vocab_language()
        counts = {q: 0 for q in QUADRANTS}
        for row in self.quadrant_rows():
            counts[row.quadrant] += 1
        return [{"code": q, "colour": QUADRANT_STYLE[q][0], "pattern": QUADRANT_STYLE[q][1] or "",
                 "meaning": meaning(q, lang), "count": counts[q]} for q in QUADRANTS]  # fmt: skip

    def quadrant_map(self, prefix: str = "q") -> str:
        lang = vocab_language()
        names = {q: f"{_('kwadrant')} {q}: {meaning(q, lang)}" for q in QUADRANTS}
        title = _("Kwadrant per gemeente voor %(type)s") % {"type": self.demand_label()}
        return draw(self.data, quadrant_cells(self.quadrant_rows(), names), title=title,
                    prefix=prefix)  # fmt: skip

    def partition_map(self, prefix: str = "p") -> str:
        cells = region_cells(self.analysis.partition.regions, label=_("regio {n}"))
        return draw(self.data, cells, title=_("Indeling in volledige regio's"), prefix=prefix)

    def best_regions(self) -> dict[str, dict]:
        """Per municipality, its best region for the chosen demand type (for the click panel)."""
        result = {}
        for b in self.analysis.best_regions:
            if b.demand_type != self.demand_type:
                continue
            result[b.municipality] = {
                "name": self.name(b.municipality),
                "members": list(b.members),
                "names": [self.name(c) for c in b.members],
                "size": b.size,
                "status": status_label(b.status),
                "unreachable": list(b.unreachable),
            }
        return result

    def best_json(self) -> str:
        return json.dumps(self.best_regions(), ensure_ascii=False)

    def quadrant_table(self) -> list[dict]:
        best = self.best_regions()
        return [{"code": q.municipality, "name": self.name(q.municipality), "quadrant": q.quadrant,
                 "missing": ", ".join(q.missing_products),
                 "best": ", ".join(best.get(q.municipality, {}).get("names", [])),
                 "size": best.get(q.municipality, {}).get("size"),
                 "status": best.get(q.municipality, {}).get("status", "")}
                for q in self.quadrant_rows()]  # fmt: skip

    def partition_rows(self) -> list[dict]:
        return [{"number": n, "anchor": self.name(r[0]), "size": len(r),
                 "population": self.data.population(r),
                 "names": ", ".join(self.name(c) for c in r)}
                for n, r in enumerate(self.analysis.partition.regions, start=1)]  # fmt: skip

    def partition_summary(self) -> dict:
        part = self.analysis.partition
        return {"count": part.count, "bound": part.bound, "gap": round(100 * part.gap, 1),
                "status": status_label(part.status), "seconds": round(part.seconds, 1),
                "products": ", ".join(part.products),
                "excluded": [{"names": ", ".join(self.name(c) for c in m),
                              "missing": ", ".join(p)} for m, p in part.excluded]}  # fmt: skip

    def zone_rows(self) -> list[dict]:
        return [{"zone": z.zone, "demand_type": self.demand_label(z.demand_type),
                 "contiguous": z.contiguous,
                 "parts": z.parts, "complete": z.complete,
                 "missing": ", ".join(z.missing_products), "size": len(z.members)}
                for z in self.analysis.zones]  # fmt: skip
