"""Benchmark: 20 tests that each need a logged-in admin, with and without shared login state.

suites/ (in this folder) holds two suites of 10 tests; each test opens a fresh admin session
(auto_closing=TEST), logged in by the admin login keyword through the portal's form, and
reads /admin/accounts. Four variants of the whole run, interleaved for ``rounds`` rounds:

* robot, no shared state: one process, every test logs in;
* robot, ``login_state_dir`` (PARALLEL_SESSION_LOGIN_STATE_DIR, a fresh folder per run):
  the admin logs in once, later sessions start from the saved login;
* pabot --processes 2 (one suite per process), without and with the state dir.

Timed: the wall time of the whole run (process start-up, library import, browser launch,
for pabot also the merge of outputs) and, from output.xml, the tests' own times split into
the login keyword, the rest of `Open Admin Session` (context, page, saved state) and the
admin action. Logins are counted twice: POSTs to /admin/login the portal recorded (its
arrivals log) and `Log In As Admin` keywords in output.xml; with the state dir both must
be 1 per run. Prints medians and the ratio with/without, then a raw Playwright profile of
the steps a test pays for with and without a saved login (a context with and without a
storage state, the login form, the navigation that resumes a saved login).

Usage: python benchmarks/login_state/run.py [rounds]
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from robot.api import ExecutionResult

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/

from common.portal import demo_portal, portal_call  # noqa: E402
from common.raw_playwright import CONTEXT, launch_options  # noqa: E402

SUITES = HERE / "suites"
LOGIN_KEYWORD = "Log In As Admin"
# What the library logs when an identity's lock was held by another process (>= 0.5 s).
WAITED = re.compile(r"Waited ([0-9.]+) seconds for another process logging admin in")
VARIANTS = [("robot", False), ("robot", True), ("pabot", False), ("pabot", True)]


def admin_logins_at_portal(url):
    """Successful admin logins the portal saw since its arrivals log was cleared."""
    arrivals = portal_call(url, "GET", "/_test/arrivals")["arrivals"]
    return sum(1 for a in arrivals if a["path"] == "/admin/login" and a["method"] == "POST"
               and a["status"] == 303)


def command(runner, url, outdir):
    options = ["--outputdir", str(outdir), "--log", "NONE", "--report", "NONE",
               "--variable", f"BASE_URL:{url}"]
    if runner == "robot":
        return [sys.executable, "-m", "robot", "--console", "none", *options, str(SUITES)]
    return [sys.executable, "-m", "pabot.pabot", "--processes", "2",
            "--command", sys.executable, "-m", "robot", "--end-command", *options, str(SUITES)]


def walk(item):
    """Every keyword under ``item`` (setup, body, teardown), depth first."""
    children = list(getattr(item, "body", ()))
    if getattr(item, "has_setup", False):
        children.insert(0, item.setup)
    if getattr(item, "has_teardown", False):
        children.append(item.teardown)
    for child in children:
        if hasattr(child, "elapsed_time"):  # a keyword or control structure, not a message
            yield child
            yield from walk(child)


def test_parts(test):
    """Seconds of one test: total, login keyword, rest of Open Admin Session, the action."""
    total = test.elapsed_time.total_seconds()
    opening = login = 0.0
    for kw in walk(test):
        name = getattr(kw, "name", "")
        if name == "Open Admin Session":
            opening += kw.elapsed_time.total_seconds()
        elif name == LOGIN_KEYWORD:
            login += kw.elapsed_time.total_seconds()
    return {"total": total, "login": login, "open": opening - login,
            "action": total - opening}


def run_once(runner, shared, url):
    with tempfile.TemporaryDirectory() as outdir:
        env = dict(os.environ)
        env.pop("PARALLEL_SESSION_LOGIN_STATE_DIR", None)
        if shared:
            env["PARALLEL_SESSION_LOGIN_STATE_DIR"] = str(Path(outdir) / "login-state")
        portal_call(url, "DELETE", "/_test/arrivals")
        start = time.perf_counter()
        proc = subprocess.run(command(runner, url, Path(outdir) / "out"), cwd=outdir, env=env,
                              capture_output=True, text=True)
        wall = time.perf_counter() - start
        result = ExecutionResult(str(Path(outdir) / "out" / "output.xml"))
        tests = list(result.suite.all_tests)
        if proc.returncode or len(tests) != 20 or any(t.status != "PASS" for t in tests):
            failed = [f"{t.name}: {t.message}" for t in tests if t.status != "PASS"]
            raise RuntimeError(f"{runner} run failed (rc={proc.returncode}): {failed or ''}"
                               f" {proc.stdout[-1500:]} {proc.stderr[-1500:]}")
        suites = [[test_parts(t) for t in suite.tests] for suite in result.suite.suites]
        # The tests' critical path: one process runs the suites one after another, pabot's
        # two processes run one suite each at the same time.
        sums = [sum(p["total"] for p in suite) for suite in suites]
        waits = WAITED.findall((Path(outdir) / "out" / "output.xml").read_text())
        return {"wall": wall, "parts": [p for suite in suites for p in suite],
                "lock_waits": sum(float(w) for w in waits),
                "critical": sum(sums) if runner == "robot" else max(sums),
                "first_tests": [suite[0]["total"] for suite in suites],
                "portal_logins": admin_logins_at_portal(url),
                "keyword_logins": sum(1 for t in tests for kw in walk(t)
                                      if getattr(kw, "name", "") == LOGIN_KEYWORD)}


def label(runner, shared):
    return f"{runner}, {'login_state_dir' if shared else 'no shared state'}"


def measure(rounds):
    figures = {label(*v): [] for v in VARIANTS}
    with demo_portal() as url:
        for r in range(rounds):
            for variant in VARIANTS:
                run = run_once(*variant, url)
                figures[label(*variant)].append(run)
                tests_s = sum(p["total"] for p in run["parts"])
                print(f"  round {r} {label(*variant):33}: wall {run['wall']:6.2f} s, tests "
                      f"{tests_s:6.2f} s, logins portal {run['portal_logins']:2} / "
                      f"keywords {run['keyword_logins']:2}, waited for the lock "
                      f"{run['lock_waits']:5.1f} s", flush=True)
    return figures


def med(values):
    return statistics.median(values)


def report(figures):
    print(f"\n{'variant':33} {'wall s':>7} {'tests s':>8} {'logins':>7}   per-round wall s")
    print("  (tests s: sum of the 20 tests' own times; logins: admin logins per run counted"
          " by the portal)")
    for name, runs in figures.items():
        logins = sorted({(r["portal_logins"], r["keyword_logins"]) for r in runs})
        walls = ", ".join(format(r["wall"], ".2f") for r in runs)
        print(f"{name:33} {med(r['wall'] for r in runs):7.2f}"
              f" {med(sum(p['total'] for p in r['parts']) for r in runs):8.2f}"
              f" {'/'.join(str(p) for p, _ in logins):>7}"
              f"   {walls}")
    print(f"\n{'ratio with / without login_state_dir':40} {'wall':>6} {'tests':>6}"
          "   per-round wall ratios")
    for runner in ("robot", "pabot"):
        with_, without = figures[label(runner, True)], figures[label(runner, False)]
        tests = [sum(p["total"] for p in r["parts"]) for r in with_], \
            [sum(p["total"] for p in r["parts"]) for r in without]
        ratios = ", ".join(f"{a['wall'] / b['wall']:.2f}" for a, b in zip(with_, without))
        print(f"{runner:40} {med(r['wall'] for r in with_) / med(r['wall'] for r in without):6.2f}"
              f" {med(tests[0]) / med(tests[1]):6.2f}   {ratios}")
    print("\nWhere the time goes (medians over rounds; per test: median over the 20 tests"
          " of a run, s):")
    print("  outside tests = wall - the tests' critical path (robot: all tests; pabot: the"
          " longer suite);\n  1st tests = the first test of each suite (it launches Chromium"
          " in a new process);\n  open = Open Admin Session without the login keyword;"
          "\n  lock wait = seconds the tests of a run waited for the admin's lock held by the"
          " other process\n  (waits >= 0.5 s, as the library logs them).")
    print(f"{'variant':33} {'outside tests':>13} {'1st tests':>11} {'test':>6} {'login':>6}"
          f" {'open':>6} {'action':>6} {'lock wait':>9}")
    for name, runs in figures.items():
        outside = med(r["wall"] - r["critical"] for r in runs)
        firsts = [med(r["first_tests"][n] for r in runs) for n in range(2)]
        cells = [med(med(p[k] for p in r["parts"]) for r in runs)
                 for k in ("total", "login", "open", "action")]
        print(f"{name:33} {outside:13.2f} {firsts[0]:5.2f}/{firsts[1]:5.2f} "
              + " ".join(f"{c:6.3f}" for c in cells)
              + f" {med(r.get('lock_waits', 0.0) for r in runs):9.1f}")


async def _profile(url, repeats):
    """Raw Playwright: what opening from a saved login costs, step by step (seconds)."""
    from playwright.async_api import async_playwright
    options, find_chromium = launch_options()
    steps = {name: [] for name in PROFILE_STEPS}
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=find_chromium(
            None, pw.chromium.executable_path), **options)

        async def timed(name, action):
            start = time.perf_counter()
            result = await action
            steps[name].append(time.perf_counter() - start)
            return result

        async def open_page(state=None):
            context = await browser.new_context(base_url=url, storage_state=state, **CONTEXT)
            return context, await context.new_page()

        async def log_in(page):
            await page.goto("/admin/login")
            await page.fill("#username", "admin")
            await page.fill("#password", "admin-pass")
            await page.click("button[type=submit]")
            await page.wait_for_url("**/admin/dashboard")

        context, page = await open_page()
        await log_in(page)
        full = await context.storage_state()  # cookies + the dashboard's localStorage item
        await context.close()
        states = {"context + page, state with cookies only": {**full, "origins": []},
                  "context + page, state with cookies + localStorage": full}
        for _ in range(repeats):
            context, page = await timed("context + page, no state", open_page())
            await timed("login through the form", log_in(page))
            await context.close()
            for name, state in states.items():
                context, page = await timed(name, open_page(state))
                if state is full:
                    await timed("goto /admin/dashboard (resume)", page.goto("/admin/dashboard"))
                await context.close()
        await browser.close()
    return steps


PROFILE_STEPS = ("context + page, no state", "login through the form",
                 "context + page, state with cookies only",
                 "context + page, state with cookies + localStorage",
                 "goto /admin/dashboard (resume)")


def profile(url, repeats=10):
    steps = asyncio.run(_profile(url, repeats))
    print(f"\nRaw Playwright, {repeats} repetitions interleaved (median ms):")
    for name, values in steps.items():
        print(f"  {name:52} {med(values) * 1000:7.1f}")
    return steps


def main(rounds="3"):
    figures = measure(int(rounds))
    (Path(tempfile.gettempdir()) / "login_state_figures.json").write_text(json.dumps(figures))
    report(figures)
    with demo_portal() as url:
        profile(url)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
