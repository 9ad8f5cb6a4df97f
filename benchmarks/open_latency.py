"""Benchmark: latency of `Open Session` (anonymous, no login) vs raw Playwright.

ParallelSessions: benchmarks/open_latency.robot in a robot subprocess opens and closes an
anonymous session ``opens`` times; each `Open Session` keyword's own elapsed time is read
from output.xml (so it includes Robot's per-keyword cost, as a test sees it). Raw:
``browser.new_context()`` + ``new_page()`` timed with perf_counter, each context closed
untimed. Both launch Chromium and open one warm-up context first. There is no prewarm
(pool of ready contexts) in ParallelSessions yet. Runs ``rounds`` interleaved rounds, then
one round while busy loops keep all cores busy; prints median and p90 in ms and ratios.

Usage: python benchmarks/open_latency.py [rounds] [opens]
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

from w1 import CONTEXT, HERE, ROOT, busy_cores, demo_portal, launch_options


def p90(values):
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def ps_opens(url, opens):
    with tempfile.TemporaryDirectory() as outdir:
        output = Path(outdir) / "output.xml"
        cmd = [sys.executable, "-m", "robot", "--output", str(output), "--log", "NONE",
               "--report", "NONE", "--console", "none", "--variable", f"BASE_URL:{url}",
               "--variable", f"OPENS:{opens}", str(HERE / "open_latency.robot")]
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


def main(rounds="3", opens="30"):
    rounds, opens = int(rounds), int(opens)
    data = {"ps": [], "raw": [], "ps_loaded": [], "raw_loaded": []}
    with demo_portal() as url:
        for load in (False, True):
            suffix = "_loaded" if load else ""
            with (busy_cores() if load else contextlib.nullcontext()):
                for _ in range(1 if load else rounds):
                    data["ps" + suffix].append(ps_opens(url, opens))
                    data["raw" + suffix].append(raw_opens(url, opens))
    print(f"\nOpen Session latency, {opens} opens per round, ms (no prewarm in ParallelSessions):")
    print(f"{'':26} {'PS median':>9} {'PS p90':>8} {'raw median':>10} {'raw p90':>8}"
          f" {'ratio med':>9} {'ratio p90':>9}")
    for suffix, label in (("", "idle"), ("_loaded", "cores busy")):
        for i, (ps, raw) in enumerate(zip(data["ps" + suffix], data["raw" + suffix])):
            pm, pp, rm, rp = statistics.median(ps), p90(ps), statistics.median(raw), p90(raw)
            print(f"{label + f' round {i}':26} {pm:9.1f} {pp:8.1f} {rm:10.1f} {rp:8.1f}"
                  f" {pm / rm:9.2f} {pp / rp:9.2f}")
        ps = [t for r in data["ps" + suffix] for t in r]
        raw = [t for r in data["raw" + suffix] for t in r]
        if ps:
            print(f"{label + ' all rounds':26} {statistics.median(ps):9.1f} {p90(ps):8.1f}"
                  f" {statistics.median(raw):10.1f} {p90(raw):8.1f}"
                  f" {statistics.median(ps) / statistics.median(raw):9.2f}"
                  f" {p90(ps) / p90(raw):9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
