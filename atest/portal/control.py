"""Start and stop a demo portal server process (stdlib only).

Used by the Robot library ``atest/resources/DemoPortal.py`` and by
``utest/test_demo_portal.py``; importable by file path (no package needed).
"""

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

SERVER = Path(__file__).resolve().parent / "server.py"
URL_PREFIX = "PORTAL_URL "
HTTPS_PREFIX = "PORTAL_HTTPS_URL "
NO_HTTPS_PREFIX = "PORTAL_HTTPS_UNAVAILABLE "


# Never route 127.0.0.1 through an HTTP proxy from the environment.
NO_PROXY_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class PortalError(RuntimeError):
    pass


class PortalProcess:
    """One portal server in a fresh temporary directory."""

    def __init__(self, racy=False, race_window_ms=50, test_support=True,
                 startup_timeout=20.0):
        self.racy = bool(racy)
        self.race_window_ms = float(race_window_ms)
        self.test_support = test_support
        self.startup_timeout = float(startup_timeout)
        self.url = None
        # The same portal over HTTPS with a self-signed certificate, or why there is none.
        self.https_url = None
        self.https_problem = None
        self.process = None
        self.tmpdir = None
        self._stderr = None

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def command(self):
        cmd = [sys.executable, "-u", str(SERVER), "--port", "0",
               "--db", os.path.join(self.tmpdir, "portal.db"),
               "--race-window-ms", str(self.race_window_ms), "--exit-on-stdin-eof",
               "--https"]
        if self.racy:
            cmd.append("--racy")
        if self.test_support:
            cmd.append("--test-support")
        return cmd

    def start(self):
        if self.running:
            return self.url
        self.tmpdir = tempfile.mkdtemp(prefix="demo-portal-")
        self._stderr = open(os.path.join(self.tmpdir, "server.log"), "wb")
        # stdin stays an open pipe: the server exits when it closes (i.e. when
        # this process dies without stopping it).
        self.process = subprocess.Popen(
            self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._stderr, cwd=self.tmpdir)
        deadline = time.monotonic() + self.startup_timeout
        try:
            self.url = self._read_url(deadline)
            self._wait_ready(deadline)
        except BaseException:
            self.stop()
            raise
        return self.url

    def _read_url(self, deadline):
        lines = queue.Queue()

        def reader(stream):
            for raw in iter(stream.readline, b""):
                lines.put(raw.decode("utf-8", "replace").strip())
            lines.put(None)

        threading.Thread(target=reader, args=(self.process.stdout,),
                         daemon=True).start()
        while True:
            try:
                line = lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                raise PortalError(self._failure("no PORTAL_URL line within "
                                                f"{self.startup_timeout:g} s"))
            if line is None:
                self.process.wait(timeout=5)
                raise PortalError(self._failure(
                    f"server exited with status {self.process.returncode} "
                    "before printing PORTAL_URL"))
            if line.startswith(HTTPS_PREFIX):
                self.https_url = line[len(HTTPS_PREFIX):].strip()
            elif line.startswith(NO_HTTPS_PREFIX):
                self.https_problem = line[len(NO_HTTPS_PREFIX):].strip()
            elif line.startswith(URL_PREFIX):
                return line[len(URL_PREFIX):].strip()

    def _wait_ready(self, deadline):
        last = None
        while time.monotonic() < deadline:
            try:
                with NO_PROXY_OPENER.open(self.url + "/", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError) as err:
                last = err
            if not self.running:
                break
            time.sleep(0.05)
        raise PortalError(self._failure(f"GET {self.url}/ did not answer 200 ({last})"))

    def _failure(self, what):
        return (f"Demo portal failed to start: {what}.\nCommand: "
                f"{' '.join(self.command())}\nServer stderr:\n{self.stderr()}")

    def stderr(self):
        try:
            if self._stderr:
                self._stderr.flush()
            with open(os.path.join(self.tmpdir, "server.log"), "rb") as f:
                return f.read().decode("utf-8", "replace")[-4000:]
        except (OSError, TypeError):
            return ""

    def stop(self):
        """Terminate (then kill after 5 s) and remove the temporary directory."""
        proc, self.process = self.process, None
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
            for stream in (proc.stdin, proc.stdout):
                try:
                    stream.close()
                except (OSError, AttributeError):
                    pass
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if self.tmpdir:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None
        self.url = self.https_url = self.https_problem = None
        return proc.returncode if proc is not None else None
