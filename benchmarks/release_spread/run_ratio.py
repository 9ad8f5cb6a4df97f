"""Benchmark: the release spread against the raw floor in one run, quiet and with both cores busy.

For each machine state (quiet, then one busy-loop process per core, started and stopped
here) runs release_spread.robot (run.py's suite, robot in this process) and right after
it, under the same load, run_raw.py's raw Playwright floor (hold the same POSTs with a
context route, continue them in one ``gather``), and prints for each release mode the
median spread of both sides and their ratio (goal: <= 1.2 x the floor with busy cores).

Usage: python benchmarks/release_spread/run_ratio.py [repetitions] [loaded: 1 or 0] [rounds]

``rounds`` splits the repetitions into alternating turns (suite, floor, suite, floor ...)
so that both sides see the same drift of the machine's load; 1 (the default) is one turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/
sys.path.insert(0, str(HERE))  # run.py and run_raw.py

from common.busy_cores import busy_cores  # noqa: E402
from common.portal import PASSWORD, create_accounts, demo_portal  # noqa: E402
from run import run_suite  # noqa: E402
import run_raw  # noqa: E402

# the suite's figure -> the raw floor's mode
COMPARED = {
    "network_navigation": "navigation",
    "network_fetch": "fetch",
    "network_lab_bodyless": "lab_bodyless",
    "network_lab_body": "lab_body",
}
LOAD_GOAL = 1.2


def measure(repetitions: int, load: bool, rounds: int = 1) -> tuple[dict, dict] | tuple[None, None]:
    """Both sides' spreads per mode; in ``rounds`` alternating turns of
    ``repetitions / rounds`` each (the suite, then the raw floor), so that a load that
    drifts during the run weighs on both sides alike."""
    ours: dict[str, list[float]] = {}
    floor: dict[str, list[float]] = {mode: [] for mode in COMPARED.values()}
    rounds = max(1, min(rounds, repetitions))
    shares = [repetitions // rounds + (turn < repetitions % rounds) for turn in range(rounds)]
    with (busy_cores() if load else contextlib.nullcontext()):
        for turn, share in enumerate(shares):
            figures = run_suite(str(share))
            if figures is None:
                return None, None
            for key, spreads in figures.items():
                ours.setdefault(key, []).extend(spreads)
            with demo_portal() as url:
                create_accounts(url, run_raw.USERS, PASSWORD)
                for mode in COMPARED.values():
                    floor[mode] += asyncio.run(run_raw.spreads(
                        url, mode, share, f"{'busy' if load else 'quiet'}{turn}{mode}"))
    return ours, floor


def quartiles(values: list[float]) -> str:
    """The middle half of ``values``: 25th-75th percentile, in ms ("-" for a single value)."""
    if len(values) < 2:
        return "-"
    low, _, high = statistics.quantiles(values, n=4)
    return f"{low:.1f}-{high:.1f}"


def main(repetitions: str = "10", loaded: str = "1", rounds: str = "1") -> int:
    runs = [("quiet machine", False)] + ([("both cores busy", True)] if loaded == "1" else [])
    for title, load in runs:
        before = os.getloadavg()[0]
        ours, floor = measure(int(repetitions), load, int(rounds))
        if ours is None:
            return 1
        count = len(next(iter(floor.values())))
        print(f"\nRelease spread vs the raw floor, {title} (ms, medians of {count} in {rounds} "
              f"alternating turns, with the middle half; load average {before:.1f} before, "
              f"{os.getloadavg()[0]:.1f} after):")
        print(f"{'mode':44} {'library':>8} {'(middle half)':>14} {'raw':>7} {'(middle half)':>14}"
              f" {'ratio':>6}" + (f"  goal <= {LOAD_GOAL} x raw" if load else ""))
        for key, mode in COMPARED.items():
            mine, raw = statistics.median(ours[key]), statistics.median(floor[mode])
            ratio = mine / raw if raw else float("inf")
            verdict = ("met" if ratio <= LOAD_GOAL else "missed") if load else ""
            print(f"{run_raw.MODES[mode][0]:44} {mine:8.1f} {quartiles(ours[key]):>14} "
                  f"{raw:7.1f} {quartiles(floor[mode]):>14} {ratio:6.2f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
