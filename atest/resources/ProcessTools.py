"""Test support: find and stop this run's Chromium processes (Linux /proc)."""

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
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


def _group_running(pgid):
    """Whether a process of group ``pgid`` still runs (zombies waiting to be reaped do not)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if fields[0] != "Z" and int(fields[2]) == pgid:
                return True
    return False


def _end_group(server, first_signal):
    """Signals the server's process group, then waits until none of it runs (SIGKILL after 10 s)."""
    for how, seconds in ((first_signal, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(server.pid, how)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if server.poll() is not None and not _group_running(server.pid):
                return
            time.sleep(0.05)  # polling the process table for the state we wait for
    raise AssertionError(f"Browser server process group {server.pid} did not end.")


def _endpoint_of(server, deadline):
    """The ws:// endpoint the server prints once it listens; None if not by ``deadline``."""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([server.stdout], [], [], deadline - time.monotonic())
        line = server.stdout.readline() if ready else ""
        if line.startswith("ws://"):
            return line.strip()
        if server.poll() is not None:
            return None
    return None


def _cmdline(pid):
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@library(scope="GLOBAL", auto_keywords=False)
class ProcessTools:

    def __init__(self):
        self._servers = []
        self._by_endpoint = {}

    @keyword
    def start_browser_server(self, marker: str = "") -> str:
        """Starts ``playwright launch-server`` on 127.0.0.1 with the Chromium found here.

        Returns its ws:// endpoint. Stopped by `Stop Browser Servers`. With a
        ``marker``, the server and its Chromium carry ``PS_RUN_MARKER=<marker>``
        (see `Count Processes With Marker`).
        """
        return self.start_browser_servers(1, marker)[0]

    @keyword
    def start_browser_servers(self, count: int, marker: str = "") -> list:
        """Starts ``count`` browser servers at once (see `Start Browser Server`); returns
        their endpoints in the order they were started (server 1 first)."""
        from ParallelSessions.browser.chromium import LAUNCH_ARGS, find_chromium, managed_chromium_path

        config = {"executablePath": find_chromium(os.environ.get("PARALLEL_SESSION_BROWSER_PATH"),
                                                  managed_chromium_path()),
                  "headless": True, "host": "127.0.0.1", "port": 0, "args": list(LAUNCH_ARGS)}
        config_file = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        json.dump(config, config_file)
        config_file.close()
        started = []
        try:
            for _ in range(int(count)):
                server = subprocess.Popen(
                    [sys.executable, "-m", "playwright", "launch-server", "--browser", "chromium",
                     "--config", config_file.name], stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT, text=True, start_new_session=True,
                    env={**os.environ, "PS_RUN_MARKER": marker} if marker else None)
                self._servers.append(server)
                started.append(server)
            deadline = time.monotonic() + 30
            endpoints = [_endpoint_of(server, deadline) for server in started]
        finally:
            os.remove(config_file.name)
        if None in endpoints:
            self.stop_browser_servers()
            raise AssertionError("A Playwright browser server did not print its endpoint.")
        self._by_endpoint.update(zip(endpoints, started))
        return endpoints

    @keyword
    def stop_browser_servers(self) -> None:
        """Stops every browser server started by `Start Browser Server`, with its Chromium."""
        errors = []
        for server in self._servers:
            try:
                if server.poll() is None or _group_running(server.pid):
                    _end_group(server, signal.SIGTERM)
            except AssertionError as error:  # the others are stopped all the same
                errors.append(str(error))
            server.stdout.close()
        self._servers.clear()
        self._by_endpoint.clear()
        if errors:
            raise AssertionError(" ".join(errors))

    @keyword
    def kill_browser_server(self, endpoint: str) -> None:
        """Kills (SIGKILL) the browser server started with ``endpoint`` and its Chromium, and
        waits until none of its processes runs."""
        _end_group(self._by_endpoint[endpoint], signal.SIGKILL)

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
    def kill_browser_of_this_run_once_it_has_renderers(self, count: int) -> None:
        """Returns at once; a thread kills this run's Chromium (SIGKILL) as soon as it runs
        ``count`` renderer processes (pages), e.g. in the middle of `Open Sessions`."""

        def renderers() -> int:
            parents = _children()
            found = 0
            for pid in parents:
                line = _cmdline(pid)
                if "--type=renderer" in line and "chrom" in line:
                    ancestor = pid
                    while ancestor in parents and ancestor > 1:
                        ancestor = parents[ancestor]
                        if ancestor == os.getpid():
                            found += 1
                            break
            return found

        def watch():
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if renderers() >= int(count):
                    self.kill_browser_of_this_run()
                    return
                time.sleep(0.01)  # polling /proc for the state, not a synchronisation sleep

        threading.Thread(target=watch, daemon=True).start()

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
