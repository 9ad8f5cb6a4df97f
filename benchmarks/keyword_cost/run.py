"""Benchmark: what one ParallelSessions keyword costs beyond the raw Playwright call.

Runs keyword_cost.robot (in this folder) in a robot subprocess ``rounds`` times against
the demo portal. In each run every measured keyword (`Get Text`, `Fill Text`,
`Click`, ...) and the raw Playwright call it stands for run alternately, ``times``
times each, in one session, the raw call on the library's own event-loop thread
(see KeywordCostLibrary.py). Prints, per keyword, the medians over the runs (ms), the
difference, and the messages each sends to the Playwright driver.

Usage: python benchmarks/keyword_cost/run.py [rounds] [times]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/

from common import ROOT  # noqa: E402
from common.portal import demo_portal  # noqa: E402


def run_once(url: str, times: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as outdir:
        cmd = [sys.executable, "-m", "robot", "--outputdir", outdir, "--log", "NONE",
               "--report", "NONE", "--console", "none",
               "--variable", f"BASE_URL:{url}", "--variable", f"TIMES:{times}",
               str(HERE / "keyword_cost.robot")]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        rows = Path(outdir) / "rows.json"
        if proc.returncode or not rows.exists():
            raise RuntimeError(f"keyword_cost.robot failed (rc={proc.returncode}): "
                               f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
        return json.loads(rows.read_text())


def main(rounds: str = "3", times: str = "30") -> int:
    runs = []
    with demo_portal() as url:
        for _ in range(int(rounds)):
            runs.append(run_once(url, int(times)))
    print(f"{'keyword':14} {'keyword ms':>10} {'raw ms':>8} {'extra ms':>9}  "
          f"messages sent (keyword | raw)")
    for index, row in enumerate(runs[0]):
        keyword = statistics.median(run[index]["keyword_ms"] for run in runs)
        raw = statistics.median(run[index]["raw_ms"] for run in runs)
        print(f"{row['keyword']:14} {keyword:10.2f} {raw:8.2f} {keyword - raw:9.2f}  "
              f"{', '.join(row['keyword_sent']) or '-'} | {', '.join(row['raw_sent']) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
