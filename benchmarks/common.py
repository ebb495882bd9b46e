"""Small helpers shared by the benchmark scripts: timing and peak memory of a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable


def best_of(function: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time in seconds of ``repeat`` calls after one warm-up call."""
    function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_rss_mib(code: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; return its peak RSS and the peak of a bare import run.

    The code must end with the statement under test; everything before it (imports) is also run
    alone, so the difference is what the statement itself needed.
    """
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent, VmHWM is reset
    # by exec and so measures this interpreter alone.
    probe = (
        "import json\n{body}\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(json.dumps(int(hwm.split()[1]) / 1024))"
    )
    setup = code.rpartition("\n")[0]
    results = {}
    for label, body in (("baseline", setup), ("peak", code)):
        output = subprocess.run(
            [sys.executable, "-c", probe.format(body=body)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[label] = json.loads(output.strip().splitlines()[-1])
    results["delta"] = results["peak"] - results["baseline"]
    return results
