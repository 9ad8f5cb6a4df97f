"""Runs acceptance suites, checks expected statuses and log messages, prints where log.html is.

Usage: python atest/run.py [--outputdir DIR] [robot options] [suite paths]
Defaults to every suite under atest/. Tests may pin their expected status and
log messages in their documentation (robotstatuschecker syntax), so a test that
is meant to fail is checked rather than ignored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import robot
from robot.api import ExecutionResult
from robotstatuschecker import process_output

ATEST = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    outputdir = Path("results/atest")
    if "--outputdir" in argv:
        index = argv.index("--outputdir")
        outputdir = Path(argv[index + 1])
        del argv[index:index + 2]
    paths = [a for a in argv if not a.startswith("-") and Path(a).exists()]
    options = [a for a in argv if a not in paths]
    output = outputdir / "output.xml"
    robot.run_cli(["--outputdir", str(outputdir), "--pythonpath", str(ATEST / "resources"),
                   "--consolewidth", "100", "--log", "NONE", "--report", "NONE",
                   *options, *(paths or [str(ATEST)])], exit=False)
    if not output.exists():
        print(f"No output was written to {output}.")
        return 252
    failures = process_output(str(output))
    with open(os.devnull, "w") as quiet:
        robot.rebot(str(output), outputdir=str(outputdir), output=None, log="log.html",
                    report="report.html", consolecolors="off", stdout=quiet)
    result = ExecutionResult(str(output))
    stats = result.statistics.total
    # An ERROR (a listener or import that failed) is a defect even when every test passed.
    errors = [m.message for m in result.errors.messages if m.level == "ERROR"]
    for message in errors:
        print(f"ERROR during the run: {message.splitlines()[0]}")
    if failures:
        print(f"{failures} test(s) did not end with their expected status or messages.")
    print(f"log.html: {(outputdir / 'log.html').resolve()}")
    print(f"atest: {stats.passed} passed, {stats.failed + len(errors)} failed, "
          f"{stats.skipped} skipped")
    return min(stats.failed + len(errors), 250)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
