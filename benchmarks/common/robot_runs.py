"""One test of a benchmark suite in a robot subprocess, its result read from output.xml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from robot.api import ExecutionResult

from common import ROOT


def run_robot(suite: Path, test, variables, outdir):
    """Runs test ``test`` of ``suite`` (a path) in a robot subprocess in the repository;
    returns its ExecutionResult test, or raises when the run or the test failed."""
    output = Path(outdir) / "output.xml"
    cmd = [sys.executable, "-m", "robot", "--output", str(output), "--log", "NONE",
           "--report", "NONE", "--console", "none", "--test", test]
    for name, value in variables.items():
        cmd += ["--variable", f"{name}:{value}"]
    cmd.append(str(suite))
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    result = ExecutionResult(str(output))
    tests = list(result.suite.all_tests)
    if proc.returncode or len(tests) != 1 or tests[0].status != "PASS":
        message = tests[0].message if tests else proc.stderr[-2000:]
        raise RuntimeError(f"{Path(suite).name} / {test} failed (rc={proc.returncode}): "
                           f"{message}")
    return tests[0]
