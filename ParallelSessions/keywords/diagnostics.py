"""Evidence keywords: screenshots of every session, the table of open sessions."""

from __future__ import annotations

import itertools
import os

from robot.api import logger
from robot.api.deco import keyword

from ..core.errors import ParallelSessionsError
from ..core.files import make_private, private_folder
from ..evidence.log_html import file_stem, sessions_table_html
from ..rf.component import SESSION, LibraryComponent, output_dir


class DiagnosticsKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        self._screenshot_numbers = itertools.count(1)

    @keyword
    def take_screenshots_of_all_sessions(self) -> list[str]:
        """Screenshots every open browser session into one captioned gallery in the log.

        Each image is captioned with the session's id, role, username and URL, and
        saved under ``${OUTPUT DIR}/parallel-sessions/``. Returns the file paths.
        The same gallery is logged automatically when a keyword fails (see
        ``screenshot_on_failure`` in `Configuration`).

        | Take Screenshots Of All Sessions |
        """
        return self.library.gallery.capture("Screenshots of all sessions")

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
