"""Robot library of memory_growth/ suites: samples the memory of this robot process and
of its Playwright driver every ``every`` cycles into a JSON lines file.

``Python`` is this process's PSS and RSS; ``driver`` the PSS of the Playwright node
driver among its children (0 while no browser runs: the control). With
``GROWTH_TRACEMALLOC=1`` the last sample also writes the 15 sources of Python
allocations that grew most since the first sample (to find what grows).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/, for common/

from common.proctree import kind, memory_kib, tree_pids  # noqa: E402

__all__ = ["sample_memory"]

_cycle = 0
_first_snapshot = None


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def sample_memory(path: str, every: int = 100, last: int = 0) -> None:
    """Counts one cycle; on cycle 1 and every ``every``-th writes a sample line to ``path``."""
    global _cycle, _first_snapshot
    _cycle += 1
    if _cycle != 1 and _cycle % int(every):
        return
    gc.collect()
    me = os.getpid()
    driver_pss = driver_rss = 0
    for pid in tree_pids(me):
        if pid != me and kind(pid) == "node driver":
            driver_pss += memory_kib(pid)["Pss"]
            driver_rss += _rss_kib(pid)
    sample = {"cycle": _cycle, "python_pss_kib": memory_kib(me)["Pss"],
              "python_rss_kib": _rss_kib(me), "driver_pss_kib": driver_pss,
              "driver_rss_kib": driver_rss}
    if os.environ.get("GROWTH_TRACEMALLOC"):
        if _first_snapshot is None and _cycle >= int(every):
            _first_snapshot = tracemalloc.take_snapshot()
        elif _first_snapshot is not None and _cycle >= int(last or 0):
            grown = tracemalloc.take_snapshot().compare_to(_first_snapshot, "traceback")
            sample["grown"] = [f"{stat.size_diff / 1024:+.0f} KiB {stat.count_diff:+d} blocks: "
                               + " <- ".join(f"{frame.filename.split('site-packages/')[-1]}:"
                                             f"{frame.lineno}"
                                             for frame in stat.traceback[-8:])
                               for stat in grown[:15]]
    with open(path, "a", encoding="utf-8") as file:
        file.write(json.dumps(sample) + "\n")


if os.environ.get("GROWTH_TRACEMALLOC"):
    tracemalloc.start(12)
