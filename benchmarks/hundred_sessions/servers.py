"""Two (or more) Playwright browser servers on 127.0.0.1 for one side of a round: started with
the library's Chromium and launch arguments, stopped with their whole process group."""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time


def _endpoint_of(server, deadline):
    while time.monotonic() < deadline:
        ready, _, _ = select.select([server.stdout], [], [], max(0.0, deadline - time.monotonic()))
        line = server.stdout.readline() if ready else ""
        if line.startswith("ws://"):
            return line.strip()
        if server.poll() is not None:
            return None
    return None


def _stop(server):
    for how in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.pid, how)
        except ProcessLookupError:
            return
        try:
            server.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def browser_servers(count: int = 2):
    """Yields [(endpoint, pid)] of ``count`` servers started at once; stops them on exit."""
    from ParallelSessions.browser.chromium import LAUNCH_ARGS, find_chromium, managed_chromium_path

    config = {"executablePath": find_chromium(None, managed_chromium_path()), "headless": True,
              "host": "127.0.0.1", "port": 0, "args": list(LAUNCH_ARGS)}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as config_file:
        json.dump(config, config_file)
    servers = []
    try:
        for _ in range(count):
            servers.append(subprocess.Popen(
                [sys.executable, "-m", "playwright", "launch-server", "--browser", "chromium",
                 "--config", config_file.name], stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, text=True, start_new_session=True))
        deadline = time.monotonic() + 60
        endpoints = [_endpoint_of(server, deadline) for server in servers]
        if None in endpoints:
            raise RuntimeError("A Playwright browser server did not print its endpoint.")
        yield [(endpoint, server.pid) for endpoint, server in zip(endpoints, servers)]
    finally:
        os.remove(config_file.name)
        for server in servers:
            _stop(server)
            server.stdout.close()
