"""Playwright traces per session and test: recorded, saved, kept or discarded."""

from __future__ import annotations

import os

from .evidence import file_stem
from .secrets import SecretValues
from .session import SessionHandle


class TraceRecorder:
    """Records a trace chunk per session and test under ``<output>/parallel-sessions/traces``.

    A session's chunk is saved when the session closes or the test ends; the
    owner then keeps the files (``ON``, or a failed test) or discards them.
    """

    def __init__(self, secrets: SecretValues | None = None) -> None:
        self.secrets = secrets or SecretValues()
        self.output_dir = os.getcwd()
        self.test_name = "run"
        self.saved: list[tuple[str, str, str]] = []  # (session id, file, mode) of the running test
        self._modes: dict[str, str] = {}

    def path_for(self, handle: SessionHandle) -> str:
        folder = os.path.join(self.output_dir, "parallel-sessions", "traces")
        os.makedirs(folder, exist_ok=True)
        stem = os.path.join(folder, f"{file_stem(self.test_name)}-{os.getpid()}-{handle.session_id}")
        path, number = f"{stem}.zip", 1
        while os.path.exists(path):  # the same session saved twice in one test (reset, reopened)
            number += 1
            path = f"{stem}-{number}.zip"
        return path

    async def start(self, handle: SessionHandle, mode: str) -> None:
        """Starts tracing a session with mode ``ON`` or ``RETAIN_ON_FAILURE``."""
        await handle.context.tracing.start(screenshots=True, snapshots=True)
        handle.tracing = True
        self._modes[handle.session_id] = mode

    async def save(self, handle: SessionHandle, restart: bool = False) -> None:
        """Saves the session's current chunk; ``restart`` begins the next one."""
        if not handle.tracing:
            return
        path = self.path_for(handle)
        await handle.context.tracing.stop_chunk(path=path)
        self.saved.append((handle.session_id, path, self._modes.get(handle.session_id, "ON")))
        if restart:
            await handle.context.tracing.start_chunk()

    def take_saved(self) -> list[tuple[str, str, str]]:
        saved, self.saved = self.saved, []
        return saved
