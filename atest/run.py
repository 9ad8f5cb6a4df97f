"""Runs acceptance suites, checks expected statuses and log messages, prints where log.html is.

Usage: python atest/run.py [--outputdir DIR] [--processes N] [robot options] [suite paths]
Defaults to every suite under atest/. Tests may pin their expected status and
log messages in their documentation (robotstatuschecker syntax), so a test that
is meant to fail is checked rather than ignored.

A run of several suite files goes to pabot, in ``--processes`` robot processes
(default: cores + 1). A run of all of atest/ packs its suites into groups of
about a minute by the times in atest/suite_times.txt, longest first: a group
is one robot process running its suites one after another, so 75 suites start
18 processes (each with its own Chromium), not 75. The outputs are merged
into one output.xml, which is then checked like a plain robot run's.  A single
suite file (or ``--processes 1``) runs in plain robot, as before.  Every
process gets its own output folder (pabot_results/<n>/, so ${OUTPUT DIR}
differs) and starts its own demo portal on a free port; nothing else is shared.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import robot
from robot.api import ExecutionResult
from robotstatuschecker import process_output

ATEST = Path(__file__).resolve().parent
# How long each suite took, to pack them into groups with the longest first (see the file).
TIMES = ATEST / "suite_times.txt"
# A group runs about this long (in make test); a suite that takes longer runs alone. Short
# enough that the last groups end close together on 3 processes, long enough to save most
# process starts.
GROUP_SECONDS = 120
UNKNOWN_SECONDS = 30
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


def _key(name: str) -> str:
    """A suite's name as robot makes it from a path, and as it is written, compared alike."""
    return re.sub(r"[\s_]", "", name.lower())


def known_times() -> dict[str, float]:
    times = {}
    for line in TIMES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            seconds, name = line.split("\t", 1)
            times[_key(name)] = float(seconds)
    return times


def suite_groups(files: list[Path]) -> list[list[str]]:
    """The suites of ``files`` (all of atest/) packed into groups, longest groups first.

    First-fit decreasing: each suite, longest first, joins the first group that stays
    within GROUP_SECONDS, else starts a group of its own.
    """
    times = known_times()
    suites = []
    for path in files:
        parts = path.relative_to(ATEST).with_suffix("").parts
        name = "Atest." + ".".join(part.replace("_", " ").title() for part in parts)
        suites.append((times.get(_key(name), UNKNOWN_SECONDS), name))
    groups: list[tuple[float, list[str]]] = []
    for seconds, name in sorted(suites, reverse=True):
        for index, (total, names) in enumerate(groups):
            if total + seconds <= GROUP_SECONDS:
                groups[index] = (total + seconds, names + [name])
                break
        else:
            groups.append((seconds, [name]))
    return [names for _, names in sorted(groups, key=lambda group: -group[0])]


def ordering_file(outputdir: Path, groups: list[list[str]]) -> Path:
    """pabot's --ordering file: a group of suites between { and } runs in one process."""
    lines = []
    for names in groups:
        suites = [f"--suite {name}" for name in names]
        lines += suites if len(names) == 1 else ["{", *suites, "}"]
    path = outputdir / "suite_groups.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record_times(outputdir: Path) -> None:
    """Writes each suite's time in ``outputdir``'s run of all of atest/ to suite_times.txt."""
    rows = []

    def add(suite) -> None:
        if suite.tests:
            rows.append((suite.elapsed_time.total_seconds(), suite.longname))
        for child in suite.suites:
            add(child)

    for output in sorted((outputdir / "pabot_results").glob("*/output.xml")):
        add(ExecutionResult(str(output)).suite)
    header = [line for line in TIMES.read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    body = [f"{seconds:.0f}\t{name}" for seconds, name in sorted(rows, reverse=True)]
    TIMES.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{TIMES}: {len(body)} suites")


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
    if [Path(p).resolve() for p in paths] == [ATEST]:  # the names start with Atest
        groups = suite_groups(suite_files([ATEST]))
        command += ["--ordering", str(ordering_file(outputdir.resolve(), groups))]
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
    if argv[:1] == ["--record-times"]:
        record_times(Path(argv[1]))
        return 0
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
