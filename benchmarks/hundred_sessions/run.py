"""Benchmark: a hundred logged-in sessions over two browser servers, ParallelSessions vs raw
Playwright: wall time and memory (PSS of the whole process tree) per session.

Each side of each round gets two fresh ``playwright launch-server`` processes on 127.0.0.1
(the library's Chromium and launch arguments; started and stopped here) and runs in its
own process:

* ParallelSessions: hundred_sessions.robot in a robot subprocess (the library imported with
  ``browser_endpoint=<both addresses>``; `Open Sessions account` ten at a time, then one
  `Run In Sessions Concurrently` reading every dashboard's account name);
* raw: raw_process.py, Playwright async connected to both servers, doing the same.

Both write the seconds to open and log in all sessions, the seconds of the concurrent step,
and the PSS of their own process tree plus both servers' trees (common/proctree.py). Sides
run interleaved (PS, raw, PS, raw ...); prints medians, ratios and MiB per session. The
demo portal is started here and is in neither tree.

Usage: python benchmarks/hundred_sessions/run.py [rounds] [sessions]
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
sys.path.insert(0, str(HERE))

from common import ROOT  # noqa: E402
from common.portal import PASSWORD, create_accounts, demo_portal  # noqa: E402
from common.raw_playwright import CONTEXT  # noqa: E402
from common.robot_runs import run_robot  # noqa: E402
from servers import browser_servers  # noqa: E402


def users(size):
    return [f"hun{n:03d}" for n in range(1, size + 1)]


def ps_side(url, size, servers, outdir):
    path = Path(outdir) / "hundred.json"
    run_robot(HERE / "hundred_sessions.robot", "Hundred Sessions",
              {"BASE_URL": url, "USERS": ",".join(users(size)), "PASSWORD": PASSWORD,
               "ENDPOINTS": ", ".join(endpoint for endpoint, _ in servers),
               "SERVER_PIDS": ",".join(str(pid) for _, pid in servers), "RESULTS": path},
              outdir)
    figures = json.loads(path.read_text())
    figures["memory"] = json.loads(Path(f"{path}.memory").read_text())
    return figures


def raw_side(url, size, servers, outdir):
    path = Path(outdir) / "hundred.json"
    job = {"url": url, "users": users(size), "password": PASSWORD, "path": str(path),
           "endpoints": [endpoint for endpoint, _ in servers],
           "server_pids": [pid for _, pid in servers], "context": CONTEXT}
    proc = subprocess.run([sys.executable, str(HERE / "raw_process.py"), json.dumps(job)],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f"raw side failed (rc={proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(path.read_text())


def measure(rounds, size):
    figures = {"ps": [], "raw": []}
    with demo_portal() as url:
        create_accounts(url, users(size), PASSWORD)
        for r in range(rounds):
            for side, run in (("ps", ps_side), ("raw", raw_side)):
                with browser_servers(2) as servers, tempfile.TemporaryDirectory() as outdir:
                    sample = run(url, size, servers, outdir)
                figures[side].append(sample)
                print(f"  round {r} {side:3}: open and log in {sample['open_s']:6.1f} s, step "
                      f"{sample['step_s']:5.2f} s, PSS {sample['memory']['total_kib'] / 1024:8.1f}"
                      f" MiB", flush=True)
    return figures


def report(figures, size):
    print(f"\n{size} sessions over 2 browser servers (medians over rounds):")
    print(f"{'figure':44} {'ParallelSessions':>17} {'raw Playwright':>15} {'ratio':>6}")
    rows = (("open and log in all sessions, s", lambda s: s["open_s"], "{:.1f}"),
            ("one concurrent step in all sessions, s", lambda s: s["step_s"], "{:.2f}"),
            ("wall time (both), s", lambda s: s["open_s"] + s["step_s"], "{:.1f}"),
            ("PSS of the process trees, MiB", lambda s: s["memory"]["total_kib"] / 1024, "{:.0f}"),
            ("PSS per session, MiB", lambda s: s["memory"]["total_kib"] / 1024 / size, "{:.1f}"),
            ("PSS without mapped files per session, MiB",
             lambda s: s["memory"]["own_kib"] / 1024 / size, "{:.1f}"))
    for label, value, form in rows:
        ps = statistics.median(value(s) for s in figures["ps"])
        raw = statistics.median(value(s) for s in figures["raw"])
        print(f"{label:44} {form.format(ps):>17} {form.format(raw):>15} {ps / raw:6.2f}")


def main(rounds="2", size="100"):
    figures = measure(int(rounds), int(size))
    report(figures, int(size))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
