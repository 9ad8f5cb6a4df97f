"""Profile: where a prewarmed `Open Session` spends its time, without and with busy cores.

Runs open_latency_profile.robot (in this folder; prewarm=2, the pool full before each of
``opens`` opens) in a robot subprocess, once as is and once while busy loops keep every core
busy. OpenLatencyProfileLibrary.py times ``run_with_browser`` and ``create_session``; the
keyword's elapsed time comes from output.xml. Prints median, p90 and max in ms of: the
keyword, the work on the event-loop thread, the hand-off between Robot's thread and the loop
thread, and the rest.

Usage: python benchmarks/open_latency/run_profile.py [opens]
"""

from __future__ import annotations

import ast
import contextlib
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from robot.api import ExecutionResult

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/

from common import ROOT  # noqa: E402
from common.busy_cores import busy_cores  # noqa: E402


def parts(output):
    result = ExecutionResult(str(output))
    test = next(iter(result.suite.all_tests))
    loop = next(item for item in test.body if item.type == "FOR")
    keyword = [kw.elapsed_time.total_seconds() * 1000 for iteration in loop.body
               for kw in iteration.body if kw.name == "Open Session"]
    records = ast.literal_eval(result.suite.metadata["records"])
    work = [r["loop"] for r in records]
    run = [r["run"] for r in records]
    return {"Open Session keyword (output.xml)": keyword,
            "create_session on the loop thread": work,
            "hand-off Robot's thread <-> loop": [a - b for a, b in zip(run, work)],
            "rest of the keyword (Robot's thread)": [a - b for a, b in zip(keyword, run)]}


def main(opens="60"):
    for label, busy in (("no busy loops", False), ("both cores busy", True)):
        with tempfile.TemporaryDirectory() as outdir, \
                (busy_cores() if busy else contextlib.nullcontext()):
            output = Path(outdir) / "output.xml"
            subprocess.run([sys.executable, "-m", "robot", "--output", str(output), "--log",
                            "NONE", "--report", "NONE", "--console", "none",
                            "--variable", f"OPENS:{opens}",
                            str(HERE / "open_latency_profile.robot")], cwd=ROOT, check=True)
            table = parts(output)
        print(f"\n{label}, {opens} prewarmed opens, ms:{'median':>12} {'p90':>8} {'max':>8}")
        for name, values in table.items():
            p90 = statistics.quantiles(values, n=10, method="inclusive")[-1]
            print(f"{name:44} {statistics.median(values):8.2f} {p90:8.2f} {max(values):8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
