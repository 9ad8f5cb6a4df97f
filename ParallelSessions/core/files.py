"""Files the library writes (screenshots, traces, videos, login state) are owner-only.

They can show what a user saw or typed, so folders are 0700 and files 0600
whatever the umask says.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from contextlib import contextmanager
from typing import Any, Iterator

from .errors import FileWriteError

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: str) -> str:
    """Creates ``path`` (and missing parents) readable by the owner only; returns it."""
    try:
        os.makedirs(path, mode=FOLDER_MODE, exist_ok=True)
        os.chmod(path, FOLDER_MODE)
    except OSError as error:
        raise FileWriteError(_failed_sentence("folder", path, error)) from None
    return path


def make_private(path: str) -> str:
    """Makes an existing file readable and writable by its owner only; returns it."""
    os.chmod(path, FILE_MODE)
    return path


def write_private_json(path: str, data: Any, what: str = "file") -> str:
    """Writes ``data`` as JSON to ``path``, readable by the owner only; returns the path.

    Written as :func:`write_private_bytes` writes: whole or not at all.
    """
    path = os.path.abspath(os.path.expanduser(path))
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        private_folder(folder)
    return write_private_bytes(path, json.dumps(data, indent=2).encode("utf-8"), what)


def write_private_bytes(path: str, data: bytes, what: str = "file") -> str:
    """Writes ``data`` to ``path``, readable by the owner only from its first byte; returns it.

    The bytes go to a temporary owner-only file in the same folder, which is
    renamed to ``path`` once complete, so a full disk never leaves a half or
    empty file (nor replaces a good one): the temporary file is removed and a
    :class:`FileWriteError` names ``path`` (``what`` says what it is: "screenshot"...).
    """
    with private_temporary(path, what) as temporary:
        with open(temporary, "wb") as file:
            file.write(data)
    return path


@contextmanager
def private_temporary(path: str, what: str = "file") -> Iterator[str]:
    """Yields an owner-only temporary name in ``path``'s folder to write; renames it to ``path``.

    When the block fails (a full disk, ``OSError``) the temporary file is
    removed and :class:`FileWriteError` names ``path``; any other error is
    raised as it is, after the same clean-up. The block may write the file
    itself or have another process write it (a browser saving a download).
    """
    folder = os.path.dirname(os.path.abspath(path)) or "."
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".partial")
        os.close(descriptor)  # mkstemp makes it 0600
    except OSError as error:
        raise FileWriteError(_failed_sentence(what, path, error)) from None
    try:
        yield temporary
        make_private(temporary)
        os.replace(temporary, path)
    except BaseException as error:
        _remove(temporary)
        reason = error if isinstance(error, OSError) else _reported_os_error(error)
        if reason is None:
            raise
        raise FileWriteError(_failed_sentence(what, path, reason)) from None


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _reported_os_error(error: BaseException) -> OSError | None:
    """The OS error a browser or driver reported in its own error text (a download saved
    by the driver on a full disk), else None."""
    text = str(error)
    for name, number in (("ENOSPC", errno.ENOSPC), ("EDQUOT", errno.EDQUOT),
                         ("EFBIG", errno.EFBIG), ("EACCES", errno.EACCES),
                         ("EROFS", errno.EROFS)):
        if name in text or os.strerror(number) in text:
            return OSError(number, os.strerror(number))
    return None


def _failed_sentence(what: str, path: str, error: OSError) -> str:
    reason = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
              errno.EFBIG: "the file is larger than the file size limit allows",
              errno.EACCES: "permission denied", errno.EROFS: "the file system is read-only",
              errno.ENOENT: "its folder does not exist"}.get(error.errno) or \
        (error.strerror or str(error)).lower()
    return f"Could not write the {what} '{path}': {reason}. Nothing was written there."
