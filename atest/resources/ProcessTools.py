"""Test support: find and stop this run's Chromium processes (Linux /proc)."""

import os
import signal
from pathlib import Path

from robot.api.deco import keyword, library


def _children():
    """pid -> parent pid of every process."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    return parents


def _cmdline(pid):
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@library(scope="GLOBAL", auto_keywords=False)
class ProcessTools:

    @keyword
    def kill_browser_of_this_run(self) -> int:
        """Kills (SIGKILL) the Chromium main processes started by this Robot process; returns how many."""
        parents = _children()

        def descends(pid):
            while pid in parents and pid > 1:
                pid = parents[pid]
                if pid == os.getpid():
                    return True
            return False

        killed = 0
        for pid in parents:
            line = _cmdline(pid)
            if "chrom" in line and "--type=" not in line and descends(pid):
                os.kill(pid, signal.SIGKILL)
                killed += 1
        if not killed:
            raise AssertionError("No Chromium process of this run was found to kill.")
        return killed

    @keyword
    def count_processes_with_marker(self, marker: str) -> int:
        """Counts processes whose environment holds PS_RUN_MARKER=<marker>."""
        needle = f"PS_RUN_MARKER={marker}".encode()
        count = 0
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if needle in (entry / "environ").read_bytes().split(b"\0"):
                        count += 1
                except OSError:
                    continue
        return count

    @keyword
    def chromium_with_marker_should_be_running(self, marker: str) -> None:
        """Passes when a Chromium process carries the marker (use with Wait Until Keyword Succeeds)."""
        needle = f"PS_RUN_MARKER={marker}".encode()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and "chrom" in _cmdline(entry.name):
                try:
                    if needle in (entry / "environ").read_bytes().split(b"\0"):
                        return
                except OSError:
                    continue
        raise AssertionError(f"No Chromium process with marker {marker} is running yet.")
