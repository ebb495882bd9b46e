"""The region report as PDF (every demand type's quadrant map, the partition, the zones) and the
five result tables as an XLSX workbook, the same tables the CLI writes."""

from __future__ import annotations

import io

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format

from netwerkkaart.apps.regions.presenters import RegionView
from netwerkkaart.core.regions.tables import result_frames
from netwerkkaart.core.tabular import write_workbook
from netwerkkaart.web.pdf import html_to_pdf


def report_html(request: HttpRequest, view: RegionView) -> str:
    per_type = [
        RegionView(view.job, view.data, view.analysis, code) for code in view.analysis.demand_types
    ]
    context = {
        "workspace_name": request.workspace.name,
        "lang_code": translation.get_language() or "nl",
        "made": date_format(timezone.localdate(), "j F Y"),
        "view": view,
        "per_type": [(v, v.quadrant_map(prefix=f"q{i}")) for i, v in enumerate(per_type)],
    }
    return render_to_string("regions/report.html", context, request=request)


def pdf(request: HttpRequest, view: RegionView) -> bytes:
    return html_to_pdf(report_html(request, view))


def workbook(view: RegionView) -> bytes:
    buffer = io.BytesIO()
    frames = result_frames(view.analysis)
    about = [("filename", view.job.filename), ("demand_types", ", ".join(view.analysis.demand_types)),
             ("regions", view.analysis.partition.count), ("bound", view.analysis.partition.bound),
             ("status", view.analysis.partition.status)]  # fmt: skip
    write_workbook(frames, buffer, about=about)
    return buffer.getvalue()
