"""Benchmark: latency of `Open Session` (anonymous, no login), prewarmed, on demand, and raw.

Three sides, interleaved in every round (the order rotates from round to round):
- prewarm: open_latency.robot (in this folder) with ``prewarm=2`` in a robot subprocess; before
  each `Open Session` the test waits (untimed) with `Wait For Prewarmed Sessions` until the
  pool is full again, as a test with think time between opens finds it;
- on demand: the same suite with ``prewarm=0`` (the wait returns at once), so every
  `Open Session` creates its context and page;
- raw: Playwright sync ``browser.new_context()`` + ``new_page()`` timed with perf_counter.
ParallelSessions times are each `Open Session` keyword's elapsed time from output.xml (so
they include Robot's per-keyword cost, as a test sees it). Every session / context is
closed right after, untimed. All sides launch Chromium and open one warm-up context first.
``rounds`` idle rounds, then ``loaded_rounds`` while busy loops keep every core busy; prints
median and p90 in ms and the ratios.

Usage: python benchmarks/open_latency/run.py [rounds] [opens] [loaded_rounds]
"""

from __future__ import annotations

import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from robot.api import ExecutionResult

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/

from common import ROOT  # noqa: E402
from common.busy_cores import busy_cores  # noqa: E402
from common.portal import demo_portal  # noqa: E402
from common.raw_playwright import CONTEXT, launch_options  # noqa: E402

SIDES = ("prewarm", "on demand", "raw")
POOL = 2


def p90(values):
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def ps_opens(url, opens, prewarm):
    with tempfile.TemporaryDirectory() as outdir:
        output = Path(outdir) / "output.xml"
        cmd = [sys.executable, "-m", "robot", "--output", str(output), "--log", "NONE",
               "--report", "NONE", "--console", "none", "--variable", f"BASE_URL:{url}",
               "--variable", f"OPENS:{opens}", "--variable", f"PREWARM:{prewarm}",
               str(HERE / "open_latency.robot")]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        test = next(iter(ExecutionResult(str(output)).suite.all_tests))
        if proc.returncode or test.status != "PASS":
            raise RuntimeError(f"open_latency.robot failed: {test.message}")
        times = []
        loop = test.body[0]
        for iteration in loop.body:
            for kw in iteration.body:
                if kw.name == "Open Session":
                    times.append(kw.elapsed_time.total_seconds() * 1000)
        assert len(times) == opens, len(times)
        return times


def raw_opens(url, opens):
    from playwright.sync_api import sync_playwright
    options, find_chromium = launch_options()
    times = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_chromium(
            None, pw.chromium.executable_path), **options)
        browser.new_context(base_url=url, **CONTEXT).new_page()
        for _ in range(opens):
            start = time.perf_counter()
            context = browser.new_context(base_url=url, **CONTEXT)
            context.new_page()
            times.append((time.perf_counter() - start) * 1000)
            context.close()
        browser.close()
    return times


def run_side(side, url, opens):
    if side == "raw":
        return raw_opens(url, opens)
    return ps_opens(url, opens, POOL if side == "prewarm" else 0)


def row(label, rounds):
    values = {side: [t for r in rounds[side] for t in r] for side in SIDES}
    med = {side: statistics.median(v) for side, v in values.items()}
    cells = "".join(f" {med[s]:10.1f} {p90(values[s]):8.1f}" for s in SIDES)
    return (f"{label:24}{cells} {med['prewarm'] / med['on demand']:10.3f}"
            f" {med['prewarm'] / med['raw']:10.3f} {med['on demand'] / med['raw']:10.2f}")


def main(rounds="3", opens="30", loaded_rounds="1"):
    rounds, opens, loaded_rounds = int(rounds), int(opens), int(loaded_rounds)
    data = {load: {side: [] for side in SIDES} for load in ("idle", "cores busy")}
    with demo_portal() as url:
        for load, count in (("idle", rounds), ("cores busy", loaded_rounds)):
            with (busy_cores() if load == "cores busy" else contextlib.nullcontext()):
                for number in range(count):
                    order = SIDES[number % 3:] + SIDES[:number % 3]
                    for side in order:
                        data[load][side].append(run_side(side, url, opens))
    print(f"\nOpen Session latency, {opens} opens per round and side, ms; prewarm={POOL}, "
          f"the pool full before each open:")
    header = "".join(f" {s + ' med':>10} {s + ' p90':>8}" for s in ("pw", "od", "raw"))
    print(f"{'':24}{header} {'pw/od med':>10} {'pw/raw med':>10} {'od/raw med':>10}")
    print("(pw = Open Session with prewarm, od = Open Session on demand, raw = Playwright "
          "new_context + new_page)")
    for load, sides in data.items():
        for number in range(len(sides["raw"])):
            print(row(f"{load} round {number}", {s: [sides[s][number]] for s in SIDES}))
        if sides["raw"]:
            print(row(f"{load}, all rounds", sides))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
