"""Helpers shared by the benchmarks (see benchmarks/README.md).

A benchmark's script puts benchmarks/ on ``sys.path`` (computed from its own ``__file__``)
and imports what it needs from here:

* ``portal``: the demo portal (start and stop, accounts, its test endpoints);
* ``raw_playwright``: what the raw Playwright sides share with the library (Chromium, launch
  arguments, context defaults, the account login);
* ``robot_runs``: one test of a suite in a robot subprocess;
* ``busy_cores``: one busy-loop process per core, for the "cores busy" rounds;
* ``proctree``: PSS of a process tree (also a Robot library: `Write Process Tree Memory`).

This file imports nothing, so that memory/raw_process.py can import ``proctree`` without
loading anything else.
"""

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent
ROOT = BENCHMARKS.parent  # the repository: robot subprocesses run here
