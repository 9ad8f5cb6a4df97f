"""Files the library writes (screenshots, traces, videos, login state) are owner-only.

They can show what a user saw or typed, so folders are 0700 and files 0600
whatever the umask says.
"""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: str) -> str:
    """Creates ``path`` (and missing parents) readable by the owner only; returns it."""
    os.makedirs(path, mode=FOLDER_MODE, exist_ok=True)
    os.chmod(path, FOLDER_MODE)
    return path


def make_private(path: str) -> str:
    """Makes an existing file readable and writable by its owner only; returns it."""
    os.chmod(path, FILE_MODE)
    return path


def write_private_json(path: str, data: Any) -> str:
    """Writes ``data`` as JSON to ``path``, readable by the owner only; returns the path."""
    path = os.path.abspath(os.path.expanduser(path))
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        private_folder(folder)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".state-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(data, file, indent=2)
        make_private(temporary)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return path


def write_private_bytes(path: str, data: bytes) -> str:
    """Writes ``data`` to ``path``, readable by the owner only from its first byte; returns it."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    return make_private(path)
