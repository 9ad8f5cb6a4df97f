"""The sessions in a captioned gallery of screenshots in the log: at every failure (with
the timeline and the page errors), and when `Take Screenshots Of All Sessions` asks.
"""

from __future__ import annotations

import itertools
import os
import time
from typing import TYPE_CHECKING

from robot.api import logger

from ..core.files import write_private_bytes
from ..core.selectors import locate
from ..evidence.activity import Lane
from ..evidence.log_html import file_stem, gallery_html
from ..evidence.timeline import timeline_svg
from .component import current_item_name, output_dir

if TYPE_CHECKING:
    from ..library import ParallelSessions


class SessionGallery:
    """Screenshots every browser session of the library into the log; one per library."""

    def __init__(self, library: "ParallelSessions"):
        self.library = library
        self._numbers = itertools.count(1)  # pabot-safe file names: pid and this counter

    @property
    def manager(self):
        return self.library.runtime.manager

    def browser_sessions(self, only_current: bool = False):
        handles = [h for h in self.manager.sessions() if h.page is not None]
        if only_current:
            handles = [h for h in handles if h.session_id == self.library.session_focus.current]
        return handles

    def capture(self, title: str, only_current: bool = False,
                 failing: set[str] | None = None, after: str = "") -> list[str]:
        """Logs the gallery (failing sessions first and marked), then ``after`` (HTML)."""
        handles = self.browser_sessions(only_current)
        if not handles or not self.library.runtime.browser_started:
            if after:
                logger.info(after, html=True)
            return []
        out = output_dir()
        # pid and a counter keep names unique across pabot processes and failures.
        prefix = f"{file_stem(current_item_name())}-{os.getpid()}-{next(self._numbers)}-"
        folder = os.path.join(out, "parallel-sessions")
        taken = self.library.runtime.run(self.manager.screenshot_all(
            folder, prefix, [h.session_id for h in handles]))
        pages = self.library.runtime.run(_other_pages(handles, folder, prefix))
        shots = [(h, taken[h.session_id]) for h in handles if h.session_id in taken]
        videos = self.library.videos
        links = {h.session_id: videos.path_of(h.session_id) for h in handles
                 if videos.path_of(h.session_id) and not h.masked_selectors}
        logger.info(gallery_html(title, shots, out, failing=failing or set(), pages=pages,
                                 videos=links, mask=self.library.secrets.mask) + after,
                    html=True)
        return [shot for _, shot in shots if isinstance(shot, str)] + \
            [shot for extra in pages.values() for _, shot in extra if isinstance(shot, str)]

    def at_failure(self, since: float) -> None:
        """At a failure (the listener calls it): screenshots, the timeline, page errors.

        The failing session is the one whose step failed in the keyword failing now,
        which began at ``since`` (seconds since the epoch), else the current session:
        its screenshot comes first, marked.
        """
        if not self.library.runtime.browser_started or self.library.runtime.lost_sessions:
            return
        activity = self.library.activity
        failed = activity.failed_steps_since(since - 0.001)
        current = self.library.session_focus.current
        if failed:
            failing = {step.session_id for step in failed}
            failure = (failed[-1].session_id, failed[-1].end)
        else:
            failing = {current} if current else set()
            failure = (current, time.time()) if current else None
        steps = activity.steps_since(activity.started)
        lanes = [Lane(h.session_id, h.role, h.username) for h in self.manager.sessions()]
        timeline = timeline_svg(steps, activity.syncs_since(activity.started), lanes=lanes,
                                failure=failure, mask=activity.mask,
                                title="Timeline of the sessions in this test, to the failure") \
            if steps or lanes else ""
        mode = self.library.settings.screenshot_on_failure
        if mode != "OFF":
            self.capture("Sessions at the failure", only_current=mode == "CURRENT",
                          failing=failing, after=timeline)
        elif timeline:
            logger.info(timeline, html=True)
        for handle in self.browser_sessions():
            for error in handle.page_errors:
                logger.info(f"[{handle.session_id}] {error}")
            if handle.page_errors_dropped:
                logger.info(f"[{handle.session_id}] ... and {handle.page_errors_dropped} more "
                            f"console or page errors, not shown.")


async def _other_pages(handles, folder: str, prefix: str) -> dict[str, list]:
    """Screenshots of the pages a session opened besides its own (pop-ups, new tabs)."""
    found: dict[str, list] = {}
    for handle in handles:
        if handle.context is None:
            continue
        others = [page for page in handle.context.pages
                  if page is not handle.page and not page.is_closed()]
        for number, page in enumerate(others, start=2):
            path = os.path.join(folder, f"{prefix}{handle.session_id}-page{number}.png")
            try:
                data = await page.screenshot(timeout=5000,
                                             mask=[locate(page, s, strict=True)  # every match
                                                   for s in handle.masked_selectors])
                shot = write_private_bytes(path, data, "screenshot")
            except Exception as error:  # one page that cannot be captured stops no other
                shot = error
            found.setdefault(handle.session_id, []).append((page.url, shot))
    return found
