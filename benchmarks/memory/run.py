"""Benchmark: memory of N logged-in sessions, ParallelSessions vs raw Playwright.

Each side runs in its own process and, once all N sessions are logged in through the
portal's form (/account/login) and on the account dashboard, writes the PSS of its whole
process tree (its Python process, the Playwright node driver and every Chromium process;
see common/proctree.py) as JSON:

* ParallelSessions: memory.robot (in this folder) in a robot subprocess (`Open Sessions
  account` with the login keyword, then `Write Process Tree Memory` from
  common/proctree.py);
* raw: raw_process.py (in this folder) in a subprocess, Playwright async API: the N
  contexts and pages created concurrently, then logged in one after another (as `Open
  Sessions` does).

The demo portal is started by this script, so it is in neither tree. Sizes and sides run
interleaved (PS 10, raw 10, PS 50, raw 50, ...) for ``rounds`` rounds; prints the median
total PSS per side, the ratio of medians, and where the memory goes by process kind.

Usage: python benchmarks/memory/run.py [rounds] [sizes, comma-separated]
"""

from __future__ import annotations

import functools
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/

from common import ROOT  # noqa: E402
from common.portal import PASSWORD, create_accounts, demo_portal  # noqa: E402
from common.raw_playwright import CONTEXT  # noqa: E402
from common.robot_runs import run_robot  # noqa: E402


def users(size):
    return [f"memu{n:02d}" for n in range(1, size + 1)]


def ps_memory(url, size):
    with tempfile.TemporaryDirectory() as outdir:
        path = Path(outdir) / "memory.json"
        run_robot(HERE / "memory.robot", "Logged In Sessions Memory",
                  {"BASE_URL": url, "USERS": ",".join(users(size)), "PASSWORD": PASSWORD,
                   "MEMORY_FILE": path}, outdir)
        return json.loads(path.read_text())


def raw_memory(url, size):
    with tempfile.TemporaryDirectory() as outdir:
        path = Path(outdir) / "memory.json"
        job = {"url": url, "users": users(size), "password": PASSWORD, "path": str(path),
               "launch": raw_launch(), "context": CONTEXT}
        proc = subprocess.run([sys.executable, str(HERE / "raw_process.py"), json.dumps(job)],
                              cwd=ROOT, capture_output=True, text=True)
        if proc.returncode:
            raise RuntimeError(f"raw side failed (rc={proc.returncode}): {proc.stderr[-2000:]}")
        return json.loads(path.read_text())


@functools.cache
def raw_launch():
    """What raw_process.py launches: the Chromium and arguments of the library (found here,
    so that the raw process imports neither ParallelSessions nor Robot Framework)."""
    from ParallelSessions.browser.chromium import LAUNCH_ARGS, find_chromium, managed_chromium_path
    return {"executable_path": find_chromium(None, managed_chromium_path()), "headless": True,
            "args": list(LAUNCH_ARGS)}


def measure(rounds, sizes):
    figures = {size: {"ps": [], "raw": []} for size in sizes}
    with demo_portal() as url:
        create_accounts(url, users(max(sizes)), PASSWORD)
        for r in range(rounds):
            for size in sizes:
                for side, run in (("ps", ps_memory), ("raw", raw_memory)):
                    sample = run(url, size)
                    figures[size][side].append(sample)
                    print(f"  round {r} {size:3} sessions {side:3}: PSS "
                          f"{mib(sample['total_kib']):8.1f} MiB, without mapped files "
                          f"{mib(sample['own_kib']):8.1f} MiB", flush=True)
    return figures


def mib(kib):
    return kib / 1024


def report(figures):
    for key, what in (("total_kib", "PSS of the process tree"),
                      ("own_kib", "PSS without mapped files (Pss_Anon + Pss_Shmem)")):
        print(f"\n{what}:")
        print(f"{'sessions':>8} {'PS median MiB':>14} {'raw median MiB':>15} {'ratio':>6}"
              "   per-round ratios")
        for size, sides in figures.items():
            ps = [s[key] for s in sides["ps"]]
            raw = [s[key] for s in sides["raw"]]
            ratios = ", ".join(f"{a / b:.3f}" for a, b in zip(ps, raw))
            print(f"{size:8} {mib(statistics.median(ps)):14.1f}"
                  f" {mib(statistics.median(raw)):15.1f}"
                  f" {statistics.median(ps) / statistics.median(raw):6.3f}   {ratios}")
    for size, sides in figures.items():
        print(f"\nWhere the memory goes, {size} sessions (medians over rounds, MiB; processes"
              " in brackets):")
        kinds = sorted({k for side in sides.values() for s in side for k in s["kinds"]})
        print(f"  {'process kind':28} {'PS PSS':>13} {'raw PSS':>13} {'PS-raw':>7}"
              f" {'PS own':>7} {'raw own':>7} {'PS-raw':>7}")
        for name in kinds:
            cells = {}
            for side in ("ps", "raw"):
                entries = [s["kinds"].get(name, {"count": 0, "pss_kib": 0, "own_kib": 0})
                           for s in sides[side]]
                cells[side] = [statistics.median(e[k] for e in entries)
                               for k in ("pss_kib", "own_kib", "count")]
            (ps, ps_own, ps_n), (raw, raw_own, raw_n) = cells["ps"], cells["raw"]
            print(f"  {name:28} {mib(ps):7.1f} ({ps_n:3g}) {mib(raw):7.1f} ({raw_n:3g})"
                  f" {mib(ps - raw):7.1f} {mib(ps_own):7.1f} {mib(raw_own):7.1f}"
                  f" {mib(ps_own - raw_own):7.1f}")


def main(rounds="3", sizes="10,50"):
    figures = measure(int(rounds), [int(s) for s in sizes.split(",")])
    (Path(tempfile.gettempdir()) / "memory_figures.json").write_text(json.dumps(figures))
    report(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
