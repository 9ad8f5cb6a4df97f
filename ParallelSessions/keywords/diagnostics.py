"""Evidence keywords: screenshots of every session, the table of open sessions."""

from __future__ import annotations

import itertools
import os
import time

from robot.api import logger
from robot.api.deco import keyword

from ..core.errors import ParallelSessionsError
from ..core.files import make_private, private_folder
from ..core.selectors import locate
from ..evidence.activity import Lane
from ..evidence.log_html import file_stem, gallery_html, sessions_table_html
from ..evidence.timeline import timeline_svg
from ..rf.component import SESSION, LibraryComponent, current_item_name, output_dir


class DiagnosticsKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        self._numbers = itertools.count(1)
        self._screenshot_numbers = itertools.count(1)

    def _browser_sessions(self, only_current: bool = False):
        handles = [h for h in self.manager.sessions() if h.page is not None]
        if only_current:
            handles = [h for h in handles if h.session_id == self.session_focus.current]
        return handles

    def _capture(self, title: str, only_current: bool = False,
                 failing: set[str] | None = None, after: str = "") -> list[str]:
        """Logs the gallery (failing sessions first and marked), then ``after`` (HTML)."""
        handles = self._browser_sessions(only_current)
        if not handles or not self.runtime.browser_started:
            if after:
                logger.info(after, html=True)
            return []
        out = output_dir()
        # pid and a counter keep names unique across pabot processes and failures.
        prefix = f"{file_stem(current_item_name())}-{os.getpid()}-{next(self._numbers)}-"
        folder = os.path.join(out, "parallel-sessions")
        taken = self.runtime.run(self.manager.screenshot_all(
            folder, prefix, [h.session_id for h in handles]))
        pages = self.runtime.run(_other_pages(handles, folder, prefix))
        shots = [(h, taken[h.session_id]) for h in handles if h.session_id in taken]
        videos = self.library.listener.videos
        links = {h.session_id: videos.path_of(h.session_id) for h in handles
                 if videos.path_of(h.session_id) and not h.masked_selectors}
        logger.info(gallery_html(title, shots, out, failing=failing or set(), pages=pages,
                                 videos=links, mask=self.library.secrets.mask) + after,
                    html=True)
        return [shot for _, shot in shots if isinstance(shot, str)] + \
            [shot for extra in pages.values() for _, shot in extra if isinstance(shot, str)]

    def capture_failure_evidence(self) -> None:
        """Called by the listener at a failure: screenshots, timeline and page errors.

        The failing session is the one whose step failed in the failing keyword,
        else the current session: its screenshot comes first, marked.
        """
        activity = self.library.listener.activity
        failed = activity.failed_steps_since(self.library.listener.failing_since - 0.001)
        current = self.session_focus.current
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
        mode = self.settings.screenshot_on_failure
        if mode != "OFF":
            self._capture("Sessions at the failure", only_current=mode == "CURRENT",
                          failing=failing, after=timeline)
        elif timeline:
            logger.info(timeline, html=True)
        for handle in self._browser_sessions():
            for error in handle.page_errors:
                logger.info(f"[{handle.session_id}] {error}")
            if handle.page_errors_dropped:
                logger.info(f"[{handle.session_id}] ... and {handle.page_errors_dropped} more "
                            f"console or page errors, not shown.")

    @keyword
    def take_screenshots_of_all_sessions(self) -> list[str]:
        """Screenshots every open browser session into one captioned gallery in the log.

        Each image is captioned with the session's id, role, username and URL, and
        saved under ``${OUTPUT DIR}/parallel-sessions/``. Returns the file paths.
        The same gallery is logged automatically when a keyword fails (see
        ``screenshot_on_failure`` in `Configuration`).

        | Take Screenshots Of All Sessions |
        """
        return self._capture("Screenshots of all sessions")

    @keyword
    def log_sessions(self) -> None:
        """Logs a table of the open sessions: id, role, username, URL, opened, idle for.

        On browser servers (``browser_endpoint``) a column names each session's server.
        With ``prewarm`` it also logs how many ready contexts the pool holds (they
        are not sessions).

        | Log Sessions |
        """
        logger.info(sessions_table_html(self.manager.sessions(), self.session_focus.current), html=True)
        if self.manager.prewarm is not None:
            logger.info(f"Prewarm: {self.manager.prewarm.describe()}.")

    @keyword(tags=[SESSION])
    def take_screenshot(self, name: str | None = None, *, full_page: bool = False) -> str:
        """Saves a PNG of the current session's page, embeds it in the log, returns its path.

        The file goes to ``${OUTPUT DIR}/screenshots/`` as ``<name>.png``; by
        default the name is made of the session id and a number unique in this
        process. Fields a secret was typed into are blacked out (see `Secrets`).

        | ${path}= | Take Screenshot |
        | Take Screenshot | approved-state | full_page=True |
        """
        handle = self.current_session()
        if name is not None and (not name.strip() or file_stem(name, 200) != name):
            raise ParallelSessionsError(
                f"Take Screenshot in session '{handle.session_id}': name '{name}' is not a plain "
                f"file name; use letters, digits and _ . - only (no folders). The file goes to "
                f"${{OUTPUT DIR}}/screenshots/.")
        stem = name or f"{file_stem(handle.session_id)}-{os.getpid()}-{next(self._screenshot_numbers)}"
        path = os.path.join(private_folder(os.path.join(output_dir(), "screenshots")),
                            f"{stem}.png")

        async def screenshot(s):
            await s.page.screenshot(path=path, full_page=full_page, mask=s.mask_locators())
            make_private(path)

        self.act("Take Screenshot", screenshot, handle)
        link = os.path.relpath(path, output_dir())
        logger.info(f'[{handle.session_id}] <a href="{link}"><img src="{link}" width="640"></a>',
                    html=True)
        return path


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
                await page.screenshot(path=path, timeout=5000,
                                      mask=[locate(page, s) for s in handle.masked_selectors])
                shot = make_private(path)
            except Exception as error:  # one page that cannot be captured stops no other
                shot = error
            found.setdefault(handle.session_id, []).append((page.url, shot))
    return found
