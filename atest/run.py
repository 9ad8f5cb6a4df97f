"""Runs acceptance suites, checks expected statuses and log messages, prints where log.html is.

Usage: python atest/run.py [--outputdir DIR] [--processes N] [robot options] [suite paths]
Defaults to every suite under atest/. Tests may pin their expected status and
log messages in their documentation (robotstatuschecker syntax), so a test that
is meant to fail is checked rather than ignored.

A run of several suite files goes to pabot: each suite runs whole in one of
``--processes`` robot processes (default: cores + 1), longest known suites
first (atest/suite_order.txt), and their outputs are merged into one
output.xml, which is then checked like a plain robot run's.  A single suite
file (or ``--processes 1``) runs in plain robot, as before.  Every process
gets its own output folder (pabot_results/<n>/, so ${OUTPUT DIR} differs) and
starts its own demo portal on a free port; nothing else is shared.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import robot
from robot.api import ExecutionResult
from robotstatuschecker import process_output

ATEST = Path(__file__).resolve().parent
# Suites known to take longest go first, so no long suite starts last (see the file).
ORDER = ATEST / "suite_order.txt"
# Files the failure evidence links from log.html; pabot copies them next to the merged log.
ARTIFACTS = "png,jpeg,webm,zip"


def _take(argv: list[str], name: str, default: str | None) -> str | None:
    if name in argv:
        index = argv.index(name)
        value = argv[index + 1]
        del argv[index:index + 2]
        return value
    return default


def suite_files(paths: list[Path]) -> list[Path]:
    """The .robot suite files robot would run for ``paths`` (no _-prefixed folders, no __init__)."""
    files = []
    for path in paths:
        if path.is_file():
            files.append(path)
            continue
        for found in sorted(path.rglob("*.robot")):
            parts = found.relative_to(path).parts
            if found.name != "__init__.robot" and not any(p.startswith(("_", ".")) for p in parts):
                files.append(found)
    return files


def run_robot(outputdir: Path, options: list[str], paths: list[str]) -> None:
    robot.run_cli(["--outputdir", str(outputdir), "--pythonpath", str(ATEST / "resources"),
                   "--consolewidth", "100", "--log", "NONE", "--report", "NONE",
                   *options, *paths], exit=False)


def run_pabot(outputdir: Path, processes: int, options: list[str], paths: list[str]) -> None:
    outputdir.mkdir(parents=True, exist_ok=True)
    # No PabotLib server (no suite locks anything through it); robot of this interpreter.
    command = [sys.executable, "-m", "pabot.pabot", "--processes", str(processes),
               "--no-pabotlib", "--no-rebot", "--command", sys.executable, "-m", "robot",
               "--end-command",
               "--artifacts", ARTIFACTS, "--artifactsinsubfolders"]
    if [Path(p).resolve() for p in paths] == [ATEST]:
        command += ["--ordering", str(ORDER)]  # its names start with the top suite, Atest
    command += ["--outputdir", str(outputdir.resolve()), "--pythonpath", str(ATEST / "resources"),
                "--consolewidth", "100", "--log", "NONE", "--report", "NONE",
                *options, *(str(Path(p).resolve()) for p in paths)]
    # pabot keeps its suite list (.pabotsuitenames) in the working directory: the output
    # folder, so runs from one checkout into different folders never share it.
    subprocess.run(command, cwd=outputdir, check=False)
    # Merged here, not by pabot: pabot merges every .xml under its results, which takes in
    # the outputs of the nested robot runs that probe suites start (expected failures).
    outputs = sorted(str(found) for found in (outputdir / "pabot_results").glob("*/output.xml"))
    if outputs:
        with open(os.devnull, "w") as quiet:
            robot.rebot(*outputs, name="Atest", outputdir=str(outputdir), output="output.xml",
                        log=None, report=None, stdout=quiet)


def main(argv: list[str]) -> int:
    outputdir = Path(_take(argv, "--outputdir", "results/atest"))
    processes = int(_take(argv, "--processes", str((os.cpu_count() or 1) + 1)))
    paths = [a for a in argv if not a.startswith("-") and Path(a).exists()]
    options = [a for a in argv if a not in paths]
    paths = paths or [str(ATEST)]
    output = outputdir / "output.xml"
    if output.exists():
        output.unlink()  # a stale output.xml must not pass for this run's
    if processes > 1 and len(suite_files([Path(p) for p in paths])) > 1:
        run_pabot(outputdir, processes, options, paths)
    else:
        run_robot(outputdir, options, paths)
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
        print(f"{failures} test(s) did not end with their expected status or messages:")
        for test in (t for t in result.suite.all_tests if t.failed):
            message = test.message.splitlines()[0] if test.message else ""
            print(f"  FAIL {test.longname}: {message[:300]}")
    print(f"log.html: {(outputdir / 'log.html').resolve()}")
    print(f"atest: {stats.passed} passed, {stats.failed + len(errors)} failed, "
          f"{stats.skipped} skipped")
    return min(stats.failed + len(errors), 250)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
