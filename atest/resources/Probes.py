"""Test support: run a probe suite in its own robot process and check its expectations.

Probe suites (atest/_probes/) contain tests that fail on purpose. Each test states
its expected status and log messages in its documentation (robotstatuschecker
syntax). Running them in a subprocess keeps the calling run green while still
failing when any expectation is not met. The probe's checked log.html is kept.
"""

import fnmatch
import os
import subprocess
import sys
from pathlib import Path

from robot.api import ExecutionResult, logger
from robot.api.deco import keyword, library
from robot.libraries.BuiltIn import BuiltIn
from robotstatuschecker import process_output

ATEST = Path(__file__).resolve().parent.parent


@library(scope="GLOBAL", auto_keywords=False)
class Probes:

    @keyword
    def probe_suite_should_meet_its_expectations(self, suite: str, *robot_options: str,
                                                  expected_errors: list[str] | None = None) -> str:
        """Runs ``atest/_probes/<suite>`` with robot; fails listing every unmet expectation.

        An ERROR in the run is unmet unless it matches one of ``expected_errors``
        (glob patterns), and each of those must match an ERROR of the run.
        Returns the probe's output directory.
        """
        source = ATEST / "_probes" / suite
        outdir = Path(BuiltIn().get_variable_value("${OUTPUT DIR}")) / "probes" / source.stem
        command = [sys.executable, "-m", "robot", "--outputdir", str(outdir), "--log", "NONE",
                   "--report", "NONE", "--pythonpath", str(ATEST / "resources"),
                   "--consolewidth", "100", *robot_options, str(source)]
        run = subprocess.run(command, capture_output=True, text=True, timeout=600,
                             env={**os.environ, "PYTHONUNBUFFERED": "1"})
        output = outdir / "output.xml"
        if not output.exists():
            raise AssertionError(f"Probe {suite} wrote no output:\n{run.stdout}\n{run.stderr}")
        process_output(str(output))
        result = ExecutionResult(str(output))
        # rebot in its own process: called in-process it would take over this run's logging.
        subprocess.run([sys.executable, "-m", "robot.rebot", "--outputdir", str(outdir),
                        "--output", "NONE", "--log", "log.html", "--report", "NONE",
                        str(output)], capture_output=True, timeout=120)
        logger.info(f'Probe log: <a href="{os.path.relpath(outdir / "log.html", outdir.parent.parent)}">'
                    f"{suite}</a>", html=True)
        patterns = list(expected_errors or [])
        errors = [m.message for m in result.errors.messages if m.level == "ERROR"]
        unmet = [f"- ERROR during the run: {e.splitlines()[0]}" for e in errors
                 if not any(fnmatch.fnmatchcase(e, p) for p in patterns)]
        unmet += [f"- expected an ERROR matching {p}, none came" for p in patterns
                  if not any(fnmatch.fnmatchcase(e, p) for e in errors)]
        result.visit(_Unmet(unmet))
        if unmet:
            raise AssertionError(f"Probe {suite} did not meet its expectations:\n"
                                 + "\n".join(unmet))
        return str(outdir)


class _Unmet:
    """Collects tests whose checked status is not PASS."""

    def __init__(self, unmet):
        self.unmet = unmet

    def visit_result(self, result):
        for test in result.suite.all_tests:
            if test.status != "PASS":
                self.unmet.append(f"- {test.name}: {test.message.splitlines()[0] if test.message else test.status}")
