"""Evidence keywords: screenshots of every session, the table of open sessions."""

from __future__ import annotations

import itertools
import os

from robot.api import logger
from robot.api.deco import keyword

from ..evidence import file_stem, gallery_html, sessions_table_html
from .base import LibraryComponent, current_item_name, output_dir


class DiagnosticsKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        self._numbers = itertools.count(1)

    def _browser_sessions(self, only_current: bool = False):
        handles = [h for h in self.manager.sessions() if h.page is not None]
        if only_current:
            handles = [h for h in handles if h.session_id == self.focus.current]
        return handles

    def _capture(self, title: str, only_current: bool = False) -> list[str]:
        handles = self._browser_sessions(only_current)
        if not handles or not self.runtime.browser_started:
            return []
        out = output_dir()
        # pid and a counter keep names unique across pabot processes and failures.
        prefix = f"{file_stem(current_item_name())}-{os.getpid()}-{next(self._numbers)}-"
        taken = self.runtime.run(self.manager.screenshot_all(
            os.path.join(out, "parallel-sessions"), prefix, [h.session_id for h in handles]))
        shots = [(h, taken[h.session_id]) for h in handles if h.session_id in taken]
        logger.info(gallery_html(title, shots, out), html=True)
        return [shot for _, shot in shots if isinstance(shot, str)]

    def capture_failure_evidence(self) -> None:
        """Called by the listener at a failure: screenshots and page errors of the sessions."""
        mode = self.settings.screenshot_on_failure
        if mode != "OFF":
            self._capture("Sessions at the failure", only_current=mode == "CURRENT")
        for handle in self._browser_sessions():
            for error in handle.page_errors:
                logger.info(f"[{handle.session_id}] {error}")

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

        | Log Sessions |
        """
        logger.info(sessions_table_html(self.manager.sessions(), self.focus.current), html=True)
