"""Test support: a real full disk, as a small tmpfs mounted for the suite.

Mounting needs root (or CAP_SYS_ADMIN); without it the keywords skip the test
with a sentence saying so, rather than fake a full disk.
"""

import os
import subprocess
import sys
import tempfile
import zipfile

from robot.api import SkipExecution
from robot.api.deco import keyword, library


@library(scope="SUITE", auto_keywords=False)
class SmallDisk:

    def __init__(self):
        self.path = None

    @keyword
    def mount_small_disk(self, size: str = "2m") -> str:
        """Mounts a tmpfs of ``size`` on a new folder and returns the folder."""
        path = tempfile.mkdtemp(prefix="ps-small-disk-")
        run = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                              path], capture_output=True, text=True)
        if run.returncode:
            os.rmdir(path)
            raise SkipExecution(f"A small disk cannot be mounted here (mount needs root): "
                                f"{run.stderr.strip()}")
        self.path = path
        return path

    @keyword
    def unmount_small_disk(self) -> None:
        if self.path:
            subprocess.run(["umount", self.path], check=True)
            os.rmdir(self.path)
            self.path = None

    @keyword
    def fill_small_disk(self) -> None:
        """Writes ``filler`` on the disk until it is full (ENOSPC)."""
        with open(os.path.join(self.path, "filler"), "ab") as file:
            try:
                while True:
                    file.write(b"\0" * 65536)
                    file.flush()
            except OSError:
                pass
        # the last bytes: a write of one byte fails too
        try:
            with open(os.path.join(self.path, "filler"), "ab") as file:
                while True:
                    file.write(b"\0")
                    file.flush()
        except OSError:
            pass

    @keyword
    def free_small_disk(self) -> None:
        filler = os.path.join(self.path, "filler")
        if os.path.exists(filler):
            os.remove(filler)

    @keyword
    def files_on_small_disk(self) -> list[str]:
        """Every file on the disk but the filler: 'relative/path size mode', sorted."""
        found = []
        for folder, _, names in os.walk(self.path):
            for name in names:
                path = os.path.join(folder, name)
                if path == os.path.join(self.path, "filler"):
                    continue
                status = os.stat(path)
                found.append(f"{os.path.relpath(path, self.path)} {status.st_size} "
                             f"{oct(status.st_mode & 0o777)}")
        return sorted(found)

    @keyword
    def run_probe_with_output_on_small_disk(self, probe: str, output: str) -> dict:
        """Runs ``atest/_probes/<probe>`` with its output folder on the disk.

        output.xml goes to ``output`` elsewhere: Robot Framework itself stops a run
        whose output.xml it cannot write. Returns the robot process's ``rc``,
        ``stdout`` and ``stderr``.
        """
        atest = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        run = subprocess.run(
            [sys.executable, "-m", "robot", "--outputdir", self.path, "--output", output,
             "--log", "NONE",
             "--report", "NONE", "--consolewidth", "100", os.path.join(atest, "_probes", probe)],
            capture_output=True, text=True, timeout=300)
        return {"rc": run.returncode, "stdout": run.stdout, "stderr": run.stderr}

    @keyword
    def broken_files_on_small_disk(self) -> list[str]:
        """Files on the disk that are half written: empty, temporary, readable by others,
        or trace zips that do not open."""
        broken = []
        for line in self.files_on_small_disk():
            name, size, mode = line.split()
            if name.endswith(".xml"):
                continue  # Robot Framework's own output
            if size == "0" or mode != "0o600" or ".partial" in name or \
                    name.endswith(".zip") and not _opens(os.path.join(self.path, name)):
                broken.append(line)
        return broken


def _opens(path: str) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except zipfile.BadZipFile:
        return False
