"""Test support: find and stop this run's Chromium processes (Linux /proc)."""

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
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

    def __init__(self):
        self._servers = []

    @keyword
    def start_browser_server(self) -> str:
        """Starts ``playwright launch-server`` on 127.0.0.1 with the Chromium found here.

        Returns its ws:// endpoint. Stopped by `Stop Browser Servers`.
        """
        from ParallelSessions.browser import LAUNCH_ARGS, find_chromium, managed_chromium_path

        config = {"executablePath": find_chromium(os.environ.get("PARALLEL_SESSION_BROWSER_PATH"),
                                                  managed_chromium_path()),
                  "headless": True, "host": "127.0.0.1", "port": 0, "args": list(LAUNCH_ARGS)}
        config_file = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        json.dump(config, config_file)
        config_file.close()
        server = subprocess.Popen(
            [sys.executable, "-m", "playwright", "launch-server", "--browser", "chromium",
             "--config", config_file.name], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, start_new_session=True)
        self._servers.append(server)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ready, _, _ = select.select([server.stdout], [], [], deadline - time.monotonic())
            line = server.stdout.readline() if ready else ""
            if line.startswith("ws://"):
                return line.strip()
            if server.poll() is not None:
                break
        self.stop_browser_servers()
        raise AssertionError("The Playwright browser server did not print its endpoint.")

    @keyword
    def stop_browser_servers(self) -> None:
        """Stops every browser server started by `Start Browser Server`, with its Chromium."""
        for server in self._servers:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGTERM)
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(server.pid, signal.SIGKILL)
                    server.wait()
        self._servers.clear()

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
    def kill_playwright_driver_of_this_run(self) -> int:
        """Kills (SIGKILL) the Playwright driver processes this Robot process started."""
        killed = 0
        for pid, parent in _children().items():
            if parent == os.getpid() and "run-driver" in _cmdline(pid):
                os.kill(pid, signal.SIGKILL)
                killed += 1
        if not killed:
            raise AssertionError("No Playwright driver of this run was found to kill.")
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
