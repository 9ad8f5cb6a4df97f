"""Playwright traces per session and test: recorded, saved, kept or discarded.

Playwright writes into a trace what the browser did and saw: the values typed
(action parameters and DOM snapshots), form posts, request and response
headers (cookies, authorization), response bodies and screencast frames. So a
saved chunk is rewritten before anyone can read it (see :func:`redact_trace`),
and trace files and their folders are owner-only.
"""

from __future__ import annotations

import asyncio
import json
import os
import zipfile

from ..core.files import make_private, private_folder, private_temporary
from ..core.secrets import MASK, SecretValues, is_credential_name, mask_forms
from ..core.session import SessionHandle
from .log_html import file_stem

SCREENCAST_FRAME = "screencast-frame"


class TraceRecorder:
    """Records a trace chunk per session and test under ``<output>/parallel-sessions/traces``.

    A session's chunk is saved when the session closes or the test ends; the
    owner then keeps the files (``ON``, or a failed test) or discards them.
    Every saved chunk is redacted: see :func:`redact_trace`.
    """

    def __init__(self, secrets: SecretValues | None = None) -> None:
        self.secrets = secrets if secrets is not None else SecretValues()
        self.output_dir = os.getcwd()
        self.test_name = "run"
        self.saved: list[tuple[str, str, str]] = []  # (session id, file, mode) of the running test
        self._modes: dict[str, str] = {}

    def path_for(self, handle: SessionHandle) -> str:
        folder = private_folder(os.path.join(
            private_folder(os.path.join(self.output_dir, "parallel-sessions")), "traces"))
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
        """Saves the session's current chunk, redacted; ``restart`` begins the next one.

        The screencast of a session where `Fill Secret` typed into a field that
        shows its text is dropped: its frames would show the secret.
        """
        if not handle.tracing:
            return
        try:
            path = self.path_for(handle)
            # Whole and redacted, or not at all: the chunk is written and redacted under a
            # temporary name, which is removed on failure (never an unredacted or broken zip).
            with private_temporary(path, "trace") as temporary:
                await handle.context.tracing.stop_chunk(path=temporary)
                await asyncio.to_thread(redact_trace, temporary, self.secrets,
                                        drop_screencast=bool(handle.masked_selectors))
            self.saved.append((handle.session_id, path, self._modes.get(handle.session_id, "ON")))
        finally:
            if restart:  # the next test's chunk begins even when this one could not be saved
                await handle.context.tracing.start_chunk()

    def take_saved(self) -> list[tuple[str, str, str]]:
        saved, self.saved = self.saved, []
        return saved


def redact_trace(path: str, secrets: SecretValues, drop_screencast: bool = False) -> None:
    """Rewrites the trace zip ``path`` so no secret is left in it; the file stays owner-only.

    - every form of every secret in ``secrets`` (raw, URL-, JSON- and
      HTML-encoded) becomes ``*****`` in every entry but the screencast JPEGs:
      action parameters, DOM snapshots, form posts, request and response bodies;
    - values of credential headers (cookie, set-cookie, authorization, ...), of
      cookies and of form fields named like a password or token become ``*****``
      in the action and network logs;
    - with ``drop_screencast`` the screencast frames and their events are removed.
    """
    forms = secrets.forms()
    byte_forms = [form.encode("utf-8") for form in forms]
    partial = f"{path}.redacting"
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with zipfile.ZipFile(path) as source, \
                zipfile.ZipFile(os.fdopen(descriptor, "wb"), "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                screencast = info.filename.startswith("screencast/") or \
                    info.filename.endswith((".jpeg", ".jpg", ".png"))
                if screencast and drop_screencast:
                    continue
                data = source.read(info)
                if info.filename.endswith((".trace", ".network")):
                    data = _redact_events(data, forms, drop_screencast)
                elif not screencast:
                    data = mask_forms(data, byte_forms)
                target.writestr(info, data)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    make_private(path)


def _redact_events(data: bytes, forms: list[str], drop_screencast: bool) -> bytes:
    """A trace or network log (one JSON event a line) with its secrets masked."""
    lines = []
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            lines.append(mask_forms(line, forms))
            continue
        if drop_screencast and isinstance(event, dict) and event.get("type") == SCREENCAST_FRAME:
            continue
        lines.append(json.dumps(_redact(event, forms), ensure_ascii=False, separators=(",", ":")))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _redact(node, forms: list[str], in_cookies: bool = False):
    if isinstance(node, str):
        return mask_forms(node, forms)
    if isinstance(node, list):
        return [_redact(item, forms, in_cookies) for item in node]
    if not isinstance(node, dict):
        return node
    name = node.get("name")
    named_credential = isinstance(name, str) and isinstance(node.get("value"), str) and \
        (in_cookies or is_credential_name(name))
    result = {}
    for key, value in node.items():
        if named_credential and key == "value" or \
                isinstance(value, str) and is_credential_name(key) and key.lower() != "type":
            result[key] = MASK
        else:
            result[key] = _redact(value, forms, in_cookies=key == "cookies")
    return result
