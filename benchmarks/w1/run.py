"""Benchmark: the W1 workload with ParallelSessions vs raw Playwright, side by side.

W1, for each of 10 users: open a session, log in through the portal's form, create a
token (/account/tokens/new) and read it (.token-value).

* sequential: w1_sequential.robot (in this folder) run by robot in a subprocess (only the test
  body is timed, from the test's own times in output.xml) vs the raw Playwright sync API
  doing the same in this process;
* concurrent: w1_concurrent.robot (`Open Sessions` + `Run In Sessions
  Concurrently`) vs raw Playwright async with ``asyncio.gather`` (contexts created
  concurrently too).

Both sides launch Chromium and open one warm-up context before their timer starts. The
variants run interleaved (A, B, A, B ...) for ``rounds`` rounds, then ``loaded_rounds``
more while busy-loop processes (one per core, bounded in time, stopped at the end) keep
all cores busy. Also times Robot's own cost per keyword (100 x No Operation) and the
library's per-keyword cost (100 x Get Url, 100 x Get Text). Prints medians and ratios.

Usage: python benchmarks/w1/run.py [rounds] [loaded_rounds] [comparison ...]

Comparisons: sequential, concurrent_steps, concurrent_login_keyword (all by default).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
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
from common.portal import PASSWORD, create_accounts, demo_portal  # noqa: E402
from common.raw_playwright import CONTEXT, launch_options, raw_log_in  # noqa: E402
from common.robot_runs import run_robot  # noqa: E402

USERS = [f"w1u{n:02d}" for n in range(1, 11)]


def robot_seconds(suite, test, url, round_no):
    with tempfile.TemporaryDirectory() as outdir:
        t = run_robot(HERE / suite, test, {"BASE_URL": url, "USERS": ",".join(USERS),
                                           "PASSWORD": PASSWORD, "ROUND": round_no}, outdir)
        return t.elapsed_time.total_seconds()


def raw_sync_seconds(url, round_no):
    from playwright.sync_api import sync_playwright
    options, find_chromium = launch_options()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_chromium(
            None, pw.chromium.executable_path), **options)
        warm = browser.new_context(base_url=url, **CONTEXT)
        warm.new_page()
        contexts = []
        start = time.perf_counter()
        for user in USERS:
            context = browser.new_context(base_url=url, **CONTEXT)
            contexts.append(context)
            page = context.new_page()
            page.goto("/account/login")
            page.fill("#username", user)
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url("**/account/dashboard")
            page.goto("/account/tokens/new")
            page.fill("#name", f"rs{round_no}_{user}")
            page.click("button[type=submit]")
            token = page.locator(".token-value").text_content()
            assert token, user
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


async def _raw_async(url, round_no):
    from playwright.async_api import async_playwright
    options, find_chromium = launch_options()
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=find_chromium(
            None, pw.chromium.executable_path), **options)
        warm = await browser.new_context(base_url=url, **CONTEXT)
        await warm.new_page()

        async def w1(user):
            context = await browser.new_context(base_url=url, **CONTEXT)
            page = await context.new_page()
            await raw_log_in(page, user)
            await page.goto("/account/tokens/new")
            await page.fill("#name", f"ra{round_no}_{user}")
            await page.click("button[type=submit]")
            token = await page.locator(".token-value").text_content()
            assert token, user
            return token

        start = time.perf_counter()
        await asyncio.gather(*(w1(user) for user in USERS))
        elapsed = time.perf_counter() - start
        await browser.close()
    return elapsed


def raw_async_seconds(url, round_no):
    return asyncio.run(_raw_async(url, round_no))


COMPARISONS = {
    # name: (ParallelSessions runner, raw Playwright runner)
    "sequential": (lambda url, r: robot_seconds("w1_sequential.robot", "W1 Sequential", url, r),
                   raw_sync_seconds),
    "concurrent_steps": (lambda url, r: robot_seconds("w1_concurrent.robot",
                                                      "W1 Concurrent Steps", url, r),
                         raw_async_seconds),
    "concurrent_login_keyword": (lambda url, r: robot_seconds(
        "w1_concurrent.robot", "W1 Concurrent Login Keyword", url, r), raw_async_seconds),
}
LABELS = {
    "sequential": "W1 sequential: robot keywords vs Playwright sync",
    "concurrent_steps": "W1 concurrent: Open Sessions + RISC (login as steps) vs gather",
    "concurrent_login_keyword": "W1 concurrent: Open Sessions w/ login keyword + RISC vs gather",
}
OVERHEAD_TESTS = ["No Operation x100", "Get Url x100", "Get Text x100"]


def overheads(url, round_no):
    """Seconds of each overhead test (all in one robot run)."""
    with tempfile.TemporaryDirectory() as outdir:
        output = Path(outdir) / "output.xml"
        cmd = [sys.executable, "-m", "robot", "--output", str(output), "--log", "NONE",
               "--report", "NONE", "--console", "none"]
        for name, value in {"BASE_URL": url, "USERS": USERS[0], "PASSWORD": PASSWORD,
                            "ROUND": f"o{round_no}"}.items():
            cmd += ["--variable", f"{name}:{value}"]
        cmd.append(str(HERE / "w1_sequential.robot"))
        subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        return {t.name: t.elapsed_time.total_seconds() for t in
                ExecutionResult(str(output)).suite.all_tests
                if t.name in OVERHEAD_TESTS and t.status == "PASS"}


def raw_text_x100(url):
    from playwright.sync_api import sync_playwright
    options, find_chromium = launch_options()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_chromium(
            None, pw.chromium.executable_path), **options)
        page = browser.new_context(base_url=url, **CONTEXT).new_page()
        page.goto("/account/login")
        start = time.perf_counter()
        for _ in range(100):
            page.url  # noqa: B018  (no round trip: the URL is cached in the client)
        url_s = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(100):
            page.locator("h1").text_content()
        text_s = time.perf_counter() - start
        browser.close()
    return {"Get Url x100": url_s, "Get Text x100": text_s}


def measure(rounds=5, loaded_rounds=2, names=tuple(COMPARISONS)):
    comparisons = {name: COMPARISONS[name] for name in names}
    figures = {name: {"ps": [], "raw": [], "ps_loaded": [], "raw_loaded": []}
               for name in comparisons}
    with demo_portal() as url:
        create_accounts(url, USERS)
        for load in (False, True):
            n = loaded_rounds if load else rounds
            suffix = "_loaded" if load else ""
            with (busy_cores() if load else contextlib.nullcontext()):
                for r in range(n):
                    for i, (name, (ps, raw)) in enumerate(comparisons.items()):
                        tag = f"{i}{'L' if load else ''}{r}"
                        figures[name]["ps" + suffix].append(ps(url, tag))
                        figures[name]["raw" + suffix].append(raw(url, tag))
                        print(f"  {name}{suffix} round {r}: ps {figures[name]['ps' + suffix][-1]:.3f}"
                              f" s, raw {figures[name]['raw' + suffix][-1]:.3f} s", flush=True)
        over = [overheads(url, r) for r in range(3)]
        raw_over = [raw_text_x100(url) for _ in range(3)]
    figures["overheads"] = {k: [o.get(k) for o in over] for k in OVERHEAD_TESTS}
    figures["raw_overheads"] = {k: [o[k] for o in raw_over] for k in raw_over[0]}
    return figures


def report(figures):
    print(f"\n{'comparison':66} {'PS med s':>9} {'raw med s':>9} {'ratio':>6}")
    for name, label in LABELS.items():
        if name not in figures:
            continue
        f = figures[name]
        for suffix, note in (("", ""), ("_loaded", " [cores busy]")):
            if not f["ps" + suffix]:
                continue
            ps, raw = statistics.median(f["ps" + suffix]), statistics.median(f["raw" + suffix])
            ratios = [a / b for a, b in zip(f["ps" + suffix], f["raw" + suffix])]
            print(f"{label + note:66} {ps:9.3f} {raw:9.3f} {ps / raw:6.2f}"
                  f"   (per-round ratios {', '.join(f'{x:.2f}' for x in ratios)})")
    print("\nPer-keyword cost (median of 3 runs, ms per keyword):")
    for key, values in figures["overheads"].items():
        values = [v for v in values if v is not None]
        raw = figures["raw_overheads"].get(key)
        line = f"  {key:20} robot {statistics.median(values) * 10:7.2f}"
        if raw:
            line += f"   raw Playwright {statistics.median(raw) * 10:7.3f}"
        print(line)


def main(rounds="5", loaded_rounds="2", *names):
    unknown = [name for name in names if name not in COMPARISONS]
    if unknown:
        print(f"Unknown comparison(s) {', '.join(unknown)}; choose from {', '.join(COMPARISONS)}.")
        return 2
    figures = measure(int(rounds), int(loaded_rounds), names or tuple(COMPARISONS))
    (Path(tempfile.gettempdir()) / "w1_figures.json").write_text(json.dumps(figures, indent=1))
    report(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
