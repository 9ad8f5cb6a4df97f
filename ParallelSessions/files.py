"""Files the library writes (screenshots, traces, videos, login state) are owner-only.

They can show what a user saw or typed, so folders are 0700 and files 0600
whatever the umask says.
"""

from __future__ import annotations

import os

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
