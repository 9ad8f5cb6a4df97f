"""Benchmark: arrival spread at the portal of 5 submissions released by SYNC.

Runs benchmarks/release_spread.robot (all modes side by side in one run, since
this machine is noisy) and prints median and max spread per mode, in ms, with
the ratio to the sequential FOR loop. Usage: python benchmarks/release_spread.py [repetitions]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path

import robot

HERE = Path(__file__).resolve().parent
MODES = {
    "sync_navigation": "SYNC + Click, form posts that navigate",
    "sequential_navigation": "FOR loop of Clicks, form posts that navigate",
    "sync_fetch": "SYNC + Click, forms submitted by fetch()",
    "sequential_fetch": "FOR loop of Clicks, forms submitted by fetch()",
    "sync_api": "SYNC + API Post (browser cookies)",
}


def main(repetitions: str = "20") -> int:
    with tempfile.TemporaryDirectory() as outdir:
        rc = robot.run(str(HERE / "release_spread.robot"), outputdir=outdir,
                       pythonpath=[str(HERE.parent / "atest" / "resources")],
                       variable=[f"REPETITIONS:{repetitions}"], log="NONE", report="NONE",
                       console="dotted")
        results = Path(outdir) / "release_spread.json"
        if rc or not results.exists():
            print(f"The benchmark suite failed (rc={rc}); no figures.")
            return 1
        figures = json.loads(results.read_text())
    print(f"\nArrival spread of 5 submissions at the portal, {repetitions} repetitions (ms):")
    print(f"{'mode':48} {'median':>8} {'max':>8}")
    medians = {}
    for key, label in MODES.items():
        spreads = figures[key]
        medians[key] = statistics.median(spreads)
        print(f"{label:48} {medians[key]:8.1f} {max(spreads):8.1f}")
    for kind in ("navigation", "fetch"):
        ratio = medians[f"sequential_{kind}"] / max(medians[f"sync_{kind}"], 0.1)
        print(f"SYNC is {ratio:.0f}x tighter than the FOR loop ({kind}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
