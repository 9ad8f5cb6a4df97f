"""Benchmark: does memory grow over many cycles? Python process and Playwright driver.

Four scenarios, each a generated Robot suite run in a robot subprocess of its own, against
the demo portal (started here), sampling with GrowthLibrary.py on cycle 1 and every
``every``-th cycle (a cycle is one test):

* control: the same tests without the library (``No Operation``): what Robot itself grows;
* prewarm: ``prewarm=2``; each test opens an anonymous session, goes to /, and the
  session closes at the test's end (auto_closing=TEST);
* login_state: ``login_state_dir``; each test opens the account session of one user,
  whose saved login is reused (logged in once), and reads its URL;
* steps: 30 sessions opened in the suite setup; each test (a round) runs
  `Run In Sessions Concurrently` with 60 steps per session (30 Get Url + 30 SYNC);
* raw_prewarm, raw_login_state, raw_steps: the same work in raw Playwright, no library
  and no Robot (raw_control.py): the driver's growth that is Playwright's own.

Prints, per scenario, Python PSS/RSS and driver PSS/RSS (MiB) at each sample, and the
growth from the first sample after warm-up (cycle ``every``) to the last.

Usage: python benchmarks/memory_growth/run.py [cycles=1000] [every=100] [step_rounds=100]
       [scenarios=control,prewarm,raw_prewarm,login_state,raw_login_state,steps,raw_steps]
GROWTH_TRACEMALLOC=1 adds, in the JSON, the Python allocations that grew most.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/

from common import ROOT  # noqa: E402
from common.portal import PASSWORD, create_accounts, demo_portal  # noqa: E402

PORTAL = ROOT / "atest" / "examples" / "portal.resource"
SESSIONS = 30


def suite(scenario: str, url: str, cycles: int, every: int, samples: Path, state: Path) -> str:
    growth = HERE / "GrowthLibrary.py"
    settings = [f"Library    {growth}", f"Resource    {PORTAL}"]
    setup = ""
    body = "    No Operation\n"
    if scenario == "prewarm":
        settings.insert(0, f"Library    ParallelSessions    base_url={url}    prewarm=2")
        body = "    Open Session    anonymous\n    Go To    /\n"
    elif scenario == "login_state":
        settings.insert(0, f"Library    ParallelSessions    base_url={url}    "
                           f"account_login_keyword=Log In As Account    login_state_dir={state}")
        body = f"    Open Account Session    growu01    {PASSWORD}\n    Get Url    *=    /account/\n"
    elif scenario == "steps":
        settings.insert(0, f"Library    ParallelSessions    base_url={url}    "
                           f"auto_closing=SUITE    max_sessions={SESSIONS}")
        # ten at a time: 30 contexts opened at once outlast the library's timeout on 2 cores
        setup = "Suite Setup    Open Sessions In Tens\n"
        steps = "    ...    Get Url\n" + "    ...    AND    SYNC\n    ...    AND    Get Url\n" * 29 \
            + "    ...    AND    SYNC\n"
        body = "    ${ids}=    Get Session Ids\n    Run In Sessions Concurrently    ${ids}\n" + steps
    tests = "".join(f"Cycle {n}\n{body}    Sample Memory    {samples}    {every}    {cycles}\n"
                    for n in range(1, cycles + 1))
    keywords = "\n*** Keywords ***\nOpen Sessions In Tens\n" + \
        "    Open Sessions    anonymous    count=10\n" * (SESSIONS // 10)
    return ("*** Settings ***\n" + "\n".join(settings) + "\n" + setup +
            "\n*** Test Cases ***\n" + tests + keywords)


def run(scenario: str, url: str, cycles: int, every: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as outdir:
        out = Path(outdir)
        samples = out / "samples.jsonl"
        if scenario.startswith("raw_"):
            command = [sys.executable, str(HERE / "raw_control.py"), scenario, url,
                       str(cycles), str(every), str(samples), str(out / "logins")]
        else:
            path = out / f"growth_{scenario}.robot"
            path.write_text(suite(scenario, url, cycles, every, samples, out / "logins"))
            command = [sys.executable, "-m", "robot", "--outputdir", outdir,
                       "--output", "NONE", "--log", "NONE", "--report", "NONE",
                       "--console", "dotted", str(path)]
        proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode:
            raise RuntimeError(f"{scenario} failed (rc={proc.returncode}):\n"
                               f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
        return [json.loads(line) for line in samples.read_text().splitlines()]


def mib(kib: int) -> str:
    return f"{kib / 1024:6.1f}"


def report(scenario: str, samples: list[dict], every: int) -> dict:
    print(f"\n{scenario}: cycle, Python PSS / RSS, driver PSS / RSS (MiB)")
    for sample in samples:
        print(f"  {sample['cycle']:5d}  {mib(sample['python_pss_kib'])} / "
              f"{mib(sample['python_rss_kib'])}   {mib(sample['driver_pss_kib'])} / "
              f"{mib(sample['driver_rss_kib'])}")
    warm = next((s for s in samples if s["cycle"] >= every), samples[0])
    last = samples[-1]
    growth = {key: (last[key] - warm[key]) / 1024 for key in
              ("python_pss_kib", "python_rss_kib", "driver_pss_kib", "driver_rss_kib")}
    print(f"  growth from cycle {warm['cycle']} to {last['cycle']}: Python PSS "
          f"{growth['python_pss_kib']:+.1f}, driver PSS {growth['driver_pss_kib']:+.1f} MiB")
    for line in last.get("grown", []):
        print(f"    grown: {line}")
    return growth


def main() -> None:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    every = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    scenarios = sys.argv[4].split(",") if len(sys.argv) > 4 else \
        ["control", "prewarm", "raw_prewarm", "login_state", "raw_login_state", "steps",
         "raw_steps"]
    figures = {}
    with demo_portal() as url:
        create_accounts(url, ["growu01"])
        for scenario in scenarios:
            count, interval = (rounds, max(1, rounds // 10)) if scenario.endswith("steps") \
                else (cycles, every)
            samples = run(scenario, url, count, interval)
            figures[scenario] = {"samples": samples,
                                 "growth": report(scenario, samples, interval)}
    target = Path(os.environ.get("TMPDIR", "/tmp")) / "memory_growth_figures.json"
    target.write_text(json.dumps(figures, indent=1))
    print(f"\nFigures: {target}")


if __name__ == "__main__":
    main()
