"""Files the library writes are whole or absent: a write that fails (here: the file size
limit, RLIMIT_FSIZE, set in a child process, which needs no root; atest/lifecycle/full_disk.robot
does the same with a real full disk) leaves no half, empty or temporary file and raises
a sentence naming the file."""

import json
import os
import resource
import subprocess
import sys

PROBE = """
import json, os, sys
from ParallelSessions.core.errors import FileWriteError
from ParallelSessions.core.files import write_private_bytes, write_private_json
folder, results = sys.argv[1], {}
for name, write in (("shot.png", lambda p: write_private_bytes(p, b"x" * 100_000, "screenshot")),
                    ("state.json", lambda p: write_private_json(p, {"v": "x" * 100_000},
                                                                "storage state"))):
    try:
        write(os.path.join(folder, name))
        results[name] = "written"
    except FileWriteError as error:
        results[name] = str(error)
print(json.dumps(results))
"""


def limited(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_write_over_the_limit_names_the_file_and_leaves_nothing(tmp_path):
    (tmp_path / "state.json").write_text("old")  # a good file is not replaced by half of one
    run = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True,
                         text=True, preexec_fn=limited(10_000), check=True)
    results = json.loads(run.stdout)
    assert results == {
        "shot.png": f"Could not write the screenshot '{tmp_path / 'shot.png'}': the file is "
                    f"larger than the file size limit allows. Nothing was written there.",
        "state.json": f"Could not write the storage state '{tmp_path / 'state.json'}': the file "
                      f"is larger than the file size limit allows. Nothing was written there."}
    assert sorted(os.listdir(tmp_path)) == ["state.json"]
    assert (tmp_path / "state.json").read_text() == "old"


def test_a_whole_write_is_owner_only(tmp_path):
    run = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True,
                         text=True, check=True)
    assert json.loads(run.stdout) == {"shot.png": "written", "state.json": "written"}
    assert sorted(os.listdir(tmp_path)) == ["shot.png", "state.json"]
    for name in ("shot.png", "state.json"):
        assert oct((tmp_path / name).stat().st_mode & 0o777) == "0o600"
