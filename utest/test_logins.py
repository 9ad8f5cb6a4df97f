"""Saved logins: in memory with reuse_logins, shared owner-only files with login_state_dir."""

import asyncio
import os
import stat
import subprocess
import sys
import threading

import pytest

from ParallelSessions.core.errors import LoginError
from ParallelSessions.core.logins import SavedLogins

STATE = {"cookies": [{"name": "sid", "value": "cookie-secret-123", "domain": "127.0.0.1",
                      "path": "/"}], "origins": []}


class FakeContext:
    async def storage_state(self):
        return STATE


class FakeHandle:
    def __init__(self, role="account", username="alice", url="http://127.0.0.1/account/dashboard"):
        self.role, self.username, self.url = role, username, url
        self.context = FakeContext()


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_in_memory_logins_write_no_file(tmp_path):
    logins = SavedLogins(enabled=True)
    asyncio.run(logins.remember(FakeHandle()))
    assert logins.get("account", "alice") == (STATE, "http://127.0.0.1/account/dashboard")
    assert logins.forget() == ["account alice"]
    assert logins.get("account", "alice") is None


def test_state_file_is_owner_only_and_named_without_the_identity(tmp_path):
    folder = tmp_path / "state"
    logins = SavedLogins(state_dir=str(folder))
    assert logins.enabled
    with logins.hold("account", "alice"):
        asyncio.run(logins.remember(FakeHandle()))
    assert mode(folder) == 0o700
    files = sorted(os.listdir(folder))
    assert [name.rsplit(".", 1)[1] for name in files] == ["json", "lock"]
    assert not any("alice" in name or "account" in name for name in files)
    for name in files:
        assert mode(folder / name) == 0o600
    # Another instance (another process) reads the same state.
    assert SavedLogins(state_dir=str(folder)).get("account", "alice") == (
        STATE, "http://127.0.0.1/account/dashboard")
    assert SavedLogins(state_dir=str(folder)).get("account", "bob") is None


def test_unreadable_state_counts_as_none(tmp_path):
    logins = SavedLogins(state_dir=str(tmp_path))
    asyncio.run(logins.remember(FakeHandle()))
    [state_file] = [n for n in os.listdir(tmp_path) if n.endswith(".json")]
    (tmp_path / state_file).write_text("{half")
    assert logins.get("account", "alice") is None


def test_discard_and_forget_remove_the_files(tmp_path):
    logins = SavedLogins(state_dir=str(tmp_path))
    asyncio.run(logins.remember(FakeHandle()))
    asyncio.run(logins.remember(FakeHandle("admin", None)))
    logins.discard("account", "alice")
    assert logins.get("account", "alice") is None
    asyncio.run(logins.remember(FakeHandle()))
    assert SavedLogins(state_dir=str(tmp_path)).forget() == ["account alice", "admin"]
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".json")]
    assert logins.get("admin", None) is None


HOLDER = """
import sys, time
from ParallelSessions.core.logins import SavedLogins
with SavedLogins(state_dir=sys.argv[1]).hold("account", "alice"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


HOLDER_UNTIL_TOLD = """
import sys
from ParallelSessions.core.logins import SavedLogins
with SavedLogins(state_dir=sys.argv[1]).hold("account", "alice"):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_another_process_waits_for_the_lock(tmp_path):
    # Orders, not durations: the holder keeps alice's lock until told, so a busy machine
    # cannot make this test pass or fail by timing.
    holder = subprocess.Popen([sys.executable, "-c", HOLDER_UNTIL_TOLD, str(tmp_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    told = threading.Event()

    def tell_holder_to_release():
        told.set()
        holder.stdin.write("release\n")
        holder.stdin.flush()

    try:
        assert holder.stdout.readline().strip() == "held"
        logins = SavedLogins(state_dir=str(tmp_path))
        with logins.hold("account", "bob"):  # another identity: taken while alice's is held
            assert holder.poll() is None and not told.is_set()
        releaser = threading.Timer(0.3, tell_holder_to_release)
        releaser.start()
        with logins.hold("account", "alice") as waited:
            assert told.is_set(), "alice's lock was taken while the other process held it"
            assert waited > 0
            with logins.hold("account", "alice") as again:  # nested: no deadlock
                assert again == 0.0
        releaser.join()
    finally:
        holder.kill()
        holder.wait()


def test_a_stuck_holder_fails_the_wait_with_a_sentence(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), "30"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LoginError, match="another process to log account alice in"):
            with SavedLogins(state_dir=str(tmp_path)).hold("account", "alice", wait=0.3):
                pass
    finally:
        holder.kill()
        holder.wait()

