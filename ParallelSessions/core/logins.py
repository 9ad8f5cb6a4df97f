"""Logins kept for reuse: each identity logs in once, later sessions start from its state.

With ``reuse_logins`` the state lives in memory and lasts one process. With
``login_state_dir`` every process of a run (pabot) shares it: one owner-only
JSON file per identity, and a lock file per identity that a process holds from
reading the state to saving a new login, so that the other processes wait for
that login instead of logging in too.
"""

from __future__ import annotations

import fcntl
import glob
import hashlib
import json
import os
import time
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import urlsplit

from .errors import LoginError
from .files import FILE_MODE, private_folder, write_private_json
from .session import SessionHandle

Identity = tuple[str, str]  # (role, username or "")

# How long a process waits for another process's login of the same identity.
LOCK_WAIT_SECONDS = 300.0


def describe(role: str, username: str | None) -> str:
    """An identity as testers name it: ``account alice`` or ``admin``."""
    return f"{role} {username or ''}".strip()


class SavedLogins:
    """Storage state and URL of each identity after its login keyword succeeded.

    Does nothing unless ``enabled`` (``reuse_logins``). Without ``state_dir`` the
    states are kept in memory only; with it (``login_state_dir``) each is a file
    ``<hash of role and username>.json`` readable by its owner only, in a folder
    of the owner only. Cookie values are never logged or put in file names.
    """

    def __init__(self, enabled: bool = False, state_dir: str | None = None):
        self.enabled = enabled or state_dir is not None
        self.state_dir = state_dir
        self._saved: dict[Identity, tuple[dict, str | None]] = {}
        self._held: set[Identity] = set()

    def get(self, role: str, username: str | None) -> tuple[dict, str | None] | None:
        """(state, URL) saved after an earlier login of this identity, or None."""
        if not self.enabled:
            return None
        if self.state_dir is None:
            return self._saved.get((role, username or ""))
        try:
            with open(self._path(role, username, ".json"), encoding="utf-8") as file:
                saved = json.load(file)
            return saved["state"], saved.get("url")
        except (OSError, ValueError, KeyError, TypeError):
            return None  # none yet, or unreadable: the login keyword writes a new one

    async def remember(self, handle: SessionHandle) -> None:
        """Saves a freshly logged-in session's cookies, storage and URL for the next one."""
        if not self.enabled:
            return
        state = await handle.context.storage_state()
        if self.state_dir is None:
            self._saved[(handle.role, handle.username or "")] = (state, handle.url)
            return
        write_private_json(self._path(handle.role, handle.username, ".json"),
                           {"role": handle.role, "username": handle.username or "",
                            "url": handle.url, "state": state})

    def discard(self, role: str, username: str | None) -> None:
        """Drops one identity's saved login (it turned out logged out)."""
        self._saved.pop((role, username or ""), None)
        if self.state_dir is not None:
            try:
                os.unlink(self._path(role, username, ".json"))
            except FileNotFoundError:
                pass

    def forget(self) -> list[str]:
        """Drops every saved login (and its file); returns the identities as ``role username``."""
        forgotten = {describe(role, user) for role, user in self._saved}
        self._saved.clear()
        if self.state_dir is not None:
            for path in glob.glob(os.path.join(self.state_dir, "login-*.json")):
                try:
                    with open(path, encoding="utf-8") as file:
                        saved = json.load(file)
                    forgotten.add(describe(saved["role"], saved.get("username")))
                except (OSError, ValueError, KeyError, TypeError):
                    pass
                try:
                    os.unlink(path)
                except FileNotFoundError:
                    pass  # another process forgot it first
        return sorted(forgotten)

    @contextmanager
    def hold(self, role: str, username: str | None,
             wait: float = LOCK_WAIT_SECONDS) -> Iterator[float]:
        """Holds the identity's lock (with ``state_dir``); yields the seconds waited for it.

        Another process holding it is logging the identity in: this one waits,
        then finds the state that process saved. The kernel releases the lock
        of a process that dies. Nested holds of one identity do not wait.
        """
        identity = (role, username or "")
        if self.state_dir is None or identity in self._held:
            yield 0.0
            return
        private_folder(self.state_dir)
        descriptor = os.open(self._path(role, username, ".lock"), os.O_RDWR | os.O_CREAT,
                             FILE_MODE)
        try:
            os.fchmod(descriptor, FILE_MODE)
            started = time.monotonic()
            while True:
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() - started > wait:
                        raise LoginError(
                            f"Waited {wait:g} seconds for another process to log "
                            f"{describe(role, username)} in (it holds the lock in "
                            f"{self.state_dir}); that login seems stuck.") from None
                    time.sleep(0.05)  # short sleeps: Robot's timeouts still interrupt
            self._held.add(identity)
            try:
                yield time.monotonic() - started
            finally:
                self._held.discard(identity)
                fcntl.flock(descriptor, fcntl.LOCK_UN)
        finally:
            os.close(descriptor)

    def _path(self, role: str, username: str | None, suffix: str) -> str:
        """The identity's file: named by a hash, so no name or secret shows in the folder."""
        digest = hashlib.sha256(f"{role}\n{username or ''}".encode()).hexdigest()[:32]
        return os.path.join(self.state_dir, f"login-{digest}{suffix}")


def split_local_storage(state: dict, resume_url: str | None) -> tuple[dict, str | None]:
    """A saved state without its localStorage, and a script that writes that storage back.

    Playwright restores localStorage by opening an extra page to the origin in the new
    context (0.15-1 s here); the library navigates to ``resume_url`` anyway, so a
    script that runs before that page's own scripts writes the items at no extra cost.
    Only when the state holds the storage of ``resume_url``'s origin alone; otherwise
    the state is returned whole and the script is None.
    """
    origins = state.get("origins") or []
    if not resume_url or len(origins) != 1:
        return state, None
    parts = urlsplit(resume_url)
    if origins[0].get("origin") != f"{parts.scheme}://{parts.netloc}":
        return state, None
    items = [[item["name"], item["value"]] for item in origins[0].get("localStorage", [])]
    script = (f"if (location.origin === {json.dumps(origins[0]['origin'])}) "
              f"for (const [name, value] of {json.dumps(items)}) "
              f"localStorage.setItem(name, value);")
    return {**state, "origins": []}, script


def login_failure(role: str, session_id: str, error: BaseException) -> str:
    """The sentence for a login keyword that failed (its session is closed)."""
    return (f"Login of role '{role}' failed in session '{session_id}', so the session was "
            f"closed: {error}")


async def resume(handle: SessionHandle, url: str, storage: str | None) -> None:
    """A session opened from a saved login goes to where the login left the page.

    ``storage`` writes the saved localStorage as that page loads (see split_local_storage).
    """
    script = storage and await handle.context.add_init_script(storage)
    await handle.page.goto(url)
    if script:
        await script.close()
