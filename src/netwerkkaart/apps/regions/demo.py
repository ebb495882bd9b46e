"""The region analysis of the demo workspace: the 30 invented municipalities around Gemeentegem
and Stederen (``core.regions.generate.demo``), uploaded and computed as a coordinator would."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django_scopes import scope

from netwerkkaart.apps.regions import jobs, services
from netwerkkaart.apps.regions.models import RegionJob
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.core.regions.generate import demo
from netwerkkaart.core.regions.writer import write_region_data


def load_demo_regions(workspace: Workspace, user: object) -> RegionJob:
    """Replace the workspace's region analyses by the demo's, computed here and now."""
    with scope(workspace=workspace):
        RegionJob.objects.filter(workspace=workspace).delete()
    with tempfile.TemporaryDirectory() as folder:
        paths = write_region_data(demo(), Path(folder))
        content = services.zip_files((p.name, p.read_bytes()) for p in paths)
    job = services.create_job(workspace, content, user=user, filename="regio-demo.zip",
                              time_limit=30)  # fmt: skip
    jobs.run_job(job.pk)
    with scope(workspace=workspace):
        job.refresh_from_db()
    return job
