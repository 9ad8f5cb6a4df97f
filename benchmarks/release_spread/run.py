"""Benchmark: arrival spread at the portal of 5 submissions released by SYNC.

Runs release_spread.robot (in this folder) twice in one go, on a quiet machine and
while one busy-loop process per core keeps every core busy (started and
stopped here), and prints median and max spread per mode, in ms: the network
release (the default), the page release (``SYNC  release=page``) and a FOR
loop, for form posts that navigate, forms submitted by ``fetch()`` and API
posts. The spread is the time between the first and the last arrival of the 5
POSTs, measured by the portal (``time.perf_counter()`` when its handler starts).

Usage: python benchmarks/release_spread/run.py [repetitions] [loaded: 1 or 0]
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import robot

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/

from common.busy_cores import busy_cores  # noqa: E402

GOAL_MS = 5.0
MODES = {
    "network_navigation": "SYNC, form posts that navigate",
    "page_navigation": "SYNC release=page, form posts that navigate",
    "sequential_navigation": "FOR loop, form posts that navigate",
    "network_fetch": "SYNC, forms submitted by fetch()",
    "page_fetch": "SYNC release=page, forms submitted by fetch()",
    "sequential_fetch": "FOR loop, forms submitted by fetch()",
    "network_lab_bodyless": "SYNC, onclick fetch() POST without a body (lab)",
    "network_lab_body": "SYNC, onclick fetch() POST with a body (lab)",
    "network_api": "SYNC, API Post (browser cookies)",
}


def run_suite(repetitions: str, modes: list[str] | None = None) -> dict[str, list[float]] | None:
    """The suite's spreads per mode (``modes``: the figure keys to measure; default all)."""
    with tempfile.TemporaryDirectory() as outdir:
        rc = robot.run(str(HERE / "release_spread.robot"), outputdir=outdir,
                       variable=[f"REPETITIONS:{repetitions}", f"MODES:{','.join(modes or [])}"],
                       log="NONE", report="NONE",
                       console="dotted")
        results = Path(outdir) / "release_spread.json"
        if rc or not results.exists():
            print(f"The benchmark suite failed (rc={rc}); no figures.")
            return None
        return json.loads(results.read_text())


def report(title: str, figures: dict[str, list[float]]) -> None:
    print(f"\n{title}")
    print(f"{'mode':48} {'runs':>5} {'median':>8} {'max':>8}  goal median <= {GOAL_MS:.0f} ms")
    for key, label in MODES.items():
        spreads = figures[key]
        median = statistics.median(spreads)
        verdict = "" if key.startswith("sequential") or key.startswith("page") else \
            ("met" if median <= GOAL_MS else "missed")
        print(f"{label:48} {len(spreads):5d} {median:8.1f} {max(spreads):8.1f}  {verdict}")


def main(repetitions: str = "20", loaded: str = "1") -> int:
    runs = [("quiet machine", False)] + ([("both cores busy", True)] if loaded == "1" else [])
    for title, load in runs:
        before = os.getloadavg()[0]
        with (busy_cores() if load else contextlib.nullcontext()):
            figures = run_suite(repetitions)
        if figures is None:
            return 1
        report(f"Arrival spread of 5 submissions, {title} (ms; load average "
               f"{before:.1f} before the run, {os.getloadavg()[0]:.1f} after):", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
