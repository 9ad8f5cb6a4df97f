"""Videos of sessions: recorded per browser context, kept or deleted like traces.

Playwright records a video per page from the moment its context opens and
finishes the file only when the page closes, so a video cannot be cut per
test without a new context. A video therefore covers one session's life,
from opening (or a reset, as `Open Anonymous Session` does) to closing. With
the default ``auto_closing=TEST`` that is one video per session per test. A
session that outlives a test (suite setup, ``SUITE`` or ``MANUAL``) has one
video; ``RETAIN_ON_FAILURE`` keeps it when any test it lived in failed.

The file name is chosen when the session opens: ``<test>-<pid>-<session id>.webm``
under ``<output>/parallel-sessions/videos/``, so the failure gallery can link
to it before it is finished. A session where `Fill Secret` typed into a field
that shows its text gets no video: its frames would show the secret.
Videos and their folders are owner-only.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..core.files import make_private, private_folder
from ..core.session import SessionHandle
from .log_html import file_stem

RECORDING = ".recording"


class VideoUnavailableError(RuntimeError):
    ROBOT_SUPPRESS_NAME = True


def playwright_ffmpeg() -> Path:
    """Where Playwright looks for its ffmpeg (it encodes the videos with it)."""
    import playwright
    driver = Path(playwright.__file__).parent / "driver" / "package"
    revision = next(b["revision"] for b in json.loads((driver / "browsers.json").read_text())
                    ["browsers"] if b["name"] == "ffmpeg")
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or \
        os.path.join(os.path.expanduser("~"), ".cache", "ms-playwright")
    return Path(root) / f"ffmpeg-{revision}" / "ffmpeg-linux"


def ensure_ffmpeg() -> None:
    """Playwright's ffmpeg, or a link to the system's one where Playwright looks for it.

    ``playwright install ffmpeg`` downloads Playwright's build; where that is
    not possible the system's ffmpeg (``apt-get install ffmpeg``) encodes the
    same VP8 videos. Without either, recording fails with a sentence saying so.
    """
    import sys
    if not sys.platform.startswith("linux"):
        return  # elsewhere Playwright's own installer is the way
    expected = playwright_ffmpeg()
    if expected.exists():
        return
    system = shutil.which("ffmpeg")
    if system is None:
        raise VideoUnavailableError(
            f"record_video needs ffmpeg to encode the videos: run 'playwright install ffmpeg', "
            f"or install the system's ffmpeg (e.g. apt-get install ffmpeg), or set "
            f"record_video=OFF. Playwright looks for it at {expected}.")
    expected.parent.mkdir(parents=True, exist_ok=True)
    try:
        expected.symlink_to(system)
    except FileExistsError:  # another process made it meanwhile
        pass


@dataclass
class Video:
    session_id: str
    path: str  # where the finished video goes
    mode: str  # ON or RETAIN_ON_FAILURE
    page: object = None
    failed: bool = False  # a test or suite the session lived in failed
    saved: bool = False
    dropped: str | None = None  # why the video was not kept, when it was not


class VideoRecorder:
    """Gives new contexts a video folder, finishes videos when their context closes.

    ``mode`` is the library's ``record_video`` (``OFF``, ``ON`` or
    ``RETAIN_ON_FAILURE``); a session may have its own. The owner (the
    listener) sets ``output_dir`` and ``test_name``, marks open sessions'
    videos as failed when a test fails, and takes the finished ones to keep
    or delete.
    """

    def __init__(self, mode: str = "OFF", size: dict[str, int] | None = None) -> None:
        self.mode = mode
        self.size = size
        self.output_dir = os.getcwd()
        self.test_name = "run"
        self._modes: dict[str, str] = {}  # per-session modes given at opening
        self._recording: dict[str, Video] = {}  # session id -> its video being recorded
        self._finished: list[Video] = []

    @property
    def folder(self) -> str:
        return private_folder(os.path.join(
            private_folder(os.path.join(self.output_dir, "parallel-sessions")), "videos"))

    def mode_of(self, session_id: str) -> str:
        return self._modes.get(session_id, self.mode)

    def context_options(self, session_id: str, mode: str | None = None) -> dict:
        """What ``browser.new_context`` needs to record the session (nothing when OFF)."""
        if mode is not None:
            self._modes[session_id] = mode
        if self.mode_of(session_id) == "OFF":
            return {}
        ensure_ffmpeg()
        options = {"record_video_dir": private_folder(os.path.join(self.folder, RECORDING))}
        if self.size:
            options["record_video_size"] = dict(self.size)
        return options

    def started(self, handle: SessionHandle, page) -> None:
        """The session's new page records; its file name is chosen now."""
        mode = self.mode_of(handle.session_id)
        if mode == "OFF" or page is None or page.video is None:
            return
        stem = os.path.join(self.folder, f"{file_stem(self.test_name)}-{os.getpid()}-"
                                         f"{handle.session_id}")
        taken = {v.path for v in self._recording.values()} | {v.path for v in self._finished}
        path, number = f"{stem}.webm", 1
        while os.path.exists(path) or path in taken:
            number += 1
            path = f"{stem}-{number}.webm"
        self._recording[handle.session_id] = Video(handle.session_id, path, mode, page)

    def path_of(self, session_id: str) -> str | None:
        """The file the session's video will be saved as, while it records."""
        video = self._recording.get(session_id)
        return video.path if video else None

    def mark_failed(self, session_ids) -> None:
        """A test failed while these sessions were open: RETAIN_ON_FAILURE keeps their videos."""
        for session_id in session_ids:
            if session_id in self._recording:
                self._recording[session_id].failed = True

    async def finish(self, session_id: str, secret_shown: bool = False) -> None:
        """After the session's context closed: its video saved under its name, or deleted.

        ``secret_shown``: `Fill Secret` typed into a field that shows its text,
        so the video is deleted unseen.
        """
        await self.finish_video(self.detach(session_id), secret_shown)

    def detach(self, session_id: str) -> Video | None:
        """The session's video being recorded, no longer its current one (a reset)."""
        return self._recording.pop(session_id, None)

    async def finish_video(self, video: Video | None, secret_shown: bool = False) -> None:
        """See :meth:`finish`; for a video already detached from its session."""
        if video is None or video.page is None:
            return
        recorded = video.page.video
        try:
            if secret_shown:
                video.dropped = ("a secret was typed into a field that shows its text "
                                 "(Fill Secret), so its frames would show it")
            else:
                await recorded.save_as(video.path)
                make_private(video.path)
                video.saved = True
        finally:
            await recorded.delete()  # the raw file in .recording
            self._finished.append(video)

    def take_finished(self) -> list[Video]:
        finished, self._finished = self._finished, []
        return finished

    def forget_all(self) -> None:
        """The browser is gone: its videos cannot be finished."""
        self._recording.clear()
