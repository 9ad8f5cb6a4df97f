"""Benchmark: the release spread against the raw floor in one run, quiet and with both cores busy.

For each machine state (quiet, then one busy-loop process per core, started and stopped
here) runs release_spread.robot (run.py's suite, robot in this process) and right after
it, under the same load, run_raw.py's raw Playwright floor (hold the same POSTs with a
context route, continue them in one ``gather``), and prints for each release mode the
median spread of both sides and their ratio (goal: <= 1.2 x the floor with busy cores),
with a 90 % bootstrap interval of that ratio (the goal is met when the whole interval is
at most 1.2, missed when it is all above, else not settled): under load the spreads fall
in two clusters (about 10 and 60 ms, whether a busy loop took the core), so a median of a
few dozen moves by a factor of 2 between runs. The interval resamples the spreads as if
they were independent; it does not model the turns or a load that drifts between them, so
it is a lower bound on the uncertainty, and a verdict is worth repeating with a second run.

Usage: python benchmarks/release_spread/run_ratio.py [repetitions] [loaded: 1, 0 or busy]
       [rounds] [modes] [save]

``rounds`` splits the repetitions into alternating turns (suite, floor, suite, floor ...)
so that both sides see the same drift of the machine's load; 1 (the default) is one turn.
``modes`` is a comma-separated choice of navigation, fetch, lab_bodyless and lab_body
(default: all four), so that a long run can measure one mode. ``loaded`` ``busy`` measures
with both cores busy only. ``save`` is a JSON file to write every spread to (per machine
state, ``library`` and ``raw``, per mode), so that runs can be pooled.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
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
RESAMPLES = 2000


def measure(repetitions: int, load: bool, rounds: int = 1,
            modes: list[str] | None = None) -> tuple[dict, dict] | tuple[None, None]:
    """Both sides' spreads per mode (``modes``: floor modes, default all); in ``rounds``
    alternating turns of ``repetitions / rounds`` each (the suite, then the raw floor), so
    that a load that drifts during the run weighs on both sides alike."""
    modes = modes or list(COMPARED.values())
    keys = [key for key, mode in COMPARED.items() if mode in modes]
    ours: dict[str, list[float]] = {}
    floor: dict[str, list[float]] = {mode: [] for mode in modes}
    rounds = max(1, min(rounds, repetitions))
    shares = [repetitions // rounds + (turn < repetitions % rounds) for turn in range(rounds)]
    with (busy_cores() if load else contextlib.nullcontext()):
        for turn, share in enumerate(shares):
            figures = run_suite(str(share), keys)
            if figures is None:
                return None, None
            for key, spreads in figures.items():
                ours.setdefault(key, []).extend(spreads)
            with demo_portal() as url:
                create_accounts(url, run_raw.USERS, PASSWORD)
                for mode in modes:
                    floor[mode] += asyncio.run(run_raw.spreads(
                        url, mode, share, f"{'busy' if load else 'quiet'}{turn}{mode}"))
    return ours, floor


def quartiles(values: list[float]) -> str:
    """The middle half of ``values``: 25th-75th percentile, in ms ("-" for a single value)."""
    if len(values) < 2:
        return "-"
    low, _, high = statistics.quantiles(values, n=4)
    return f"{low:.1f}-{high:.1f}"


def ratio_interval(mine: list[float], raw: list[float]) -> tuple[float, float]:
    """The 90 % bootstrap interval of median(mine) / median(raw) (fixed seed: reproducible)."""
    draw = random.Random(21)
    ratios = sorted(
        statistics.median(draw.choices(mine, k=len(mine)))
        / (statistics.median(draw.choices(raw, k=len(raw))) or 1e-9)  # 0 ms: a huge ratio
        for _ in range(RESAMPLES))
    return ratios[int(RESAMPLES * 0.05)], ratios[int(RESAMPLES * 0.95) - 1]


def verdict(low: float, high: float) -> str:
    """The goal read against the whole interval, not the one median."""
    if high <= LOAD_GOAL:
        return "met"
    return "missed" if low > LOAD_GOAL else "not settled (the interval spans the goal)"


def main(repetitions: str = "10", loaded: str = "1", rounds: str = "1", modes: str = "",
         save: str = "") -> int:
    chosen = [mode for mode in modes.split(",") if mode] or list(COMPARED.values())
    unknown = sorted(set(chosen) - set(COMPARED.values()))
    if unknown:
        print(f"Unknown modes {', '.join(unknown)}: give some of {', '.join(COMPARED.values())}.")
        return 2
    if loaded not in ("0", "1", "busy"):
        print(f"loaded is 1 (quiet, then busy), 0 (quiet only) or busy (busy only), not {loaded!r}.")
        return 2
    runs = [("quiet machine", False)] * (loaded != "busy") \
        + [("both cores busy", True)] * (loaded in ("1", "busy"))
    saved: dict[str, dict] = {}
    for title, load in runs:
        before = os.getloadavg()[0]
        ours, floor = measure(int(repetitions), load, int(rounds), chosen)
        if ours is None:
            return 1
        saved[title] = {"library": ours, "raw": floor}
        if save:
            Path(save).write_text(json.dumps(saved))
        count = len(next(iter(floor.values())))
        print(f"\nRelease spread vs the raw floor, {title} (ms, medians of {count} in {rounds} "
              f"alternating turns, with the middle half; load average {before:.1f} before, "
              f"{os.getloadavg()[0]:.1f} after):")
        print(f"{'mode':44} {'library':>8} {'(middle half)':>14} {'raw':>7} {'(middle half)':>14}"
              f" {'ratio':>6} {'(90 % interval)':>16}"
              + (f"  goal <= {LOAD_GOAL} x raw" if load else ""))
        for key, mode in COMPARED.items():
            if mode not in chosen:
                continue
            mine, raw = statistics.median(ours[key]), statistics.median(floor[mode])
            ratio = mine / raw if raw else float("inf")
            low, high = ratio_interval(ours[key], floor[mode])
            print(f"{run_raw.MODES[mode][0]:44} {mine:8.1f} {quartiles(ours[key]):>14} "
                  f"{raw:7.1f} {quartiles(floor[mode]):>14} {ratio:6.2f} "
                  f"{f'{low:.2f}-{high:.2f}':>16}  {verdict(low, high) if load else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
