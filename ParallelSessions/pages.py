"""The pages of a session: the one it opened with, new tabs and the pop-ups its pages open."""

from __future__ import annotations

import itertools

from .dialogs import watch_dialogs
from .errors import ParallelSessionsError


class SessionPages:
    """A session's open pages by id (``page_1``, ``page_2`` ...), in the order they opened.

    It also knows which pages were ever current (for ``Switch Page  NEW``).
    """

    def __init__(self) -> None:
        self._pages: dict[str, object] = {}
        self._numbers = itertools.count(1)
        self._were_current: set[str] = set()

    def add(self, page) -> str:
        """Gives ``page`` the next id (once); returns its id."""
        known = self.id_of(page)
        if known is not None:
            return known
        page_id = f"page_{next(self._numbers)}"
        self._pages[page_id] = page
        return page_id

    def id_of(self, page) -> str | None:
        return next((pid for pid, known in self._pages.items() if known is page), None)

    def ids(self) -> list[str]:
        """Ids of the pages that are still open, oldest first."""
        return [pid for pid, page in self._pages.items() if not page.is_closed()]

    def get(self, page_id: str, session_id: str):
        """The open page ``page_id``, or a sentence naming the open ones."""
        page = self._pages.get(page_id)
        if page is None or page.is_closed():
            state = "was closed" if page is not None else "does not exist"
            raise ParallelSessionsError(
                f"Page '{page_id}' of session '{session_id}' {state}; its open pages: "
                f"{self.describe_open()} (or NEW for the newest, CURRENT).")
        return page

    def describe_open(self) -> str:
        return ", ".join(self.ids()) or "none"

    def became_current(self, page) -> None:
        self._were_current.add(self.add(page))

    def never_current(self):
        """The newest open page that was never the session's current page, or None."""
        ids = [pid for pid in self.ids() if pid not in self._were_current]
        return self._pages[ids[-1]] if ids else None

    def newest(self, session_id: str):
        ids = self.ids()
        if not ids:
            raise ParallelSessionsError(f"Session '{session_id}' has no open page.")
        return self._pages[ids[-1]]


def watch_page(handle, page, current: bool = True) -> None:
    """Adds ``page`` to the session's pages (once) and makes it current unless told not to.

    Its errors, dialogs and traffic are noted on ``handle``; a crash of the
    current page marks the session crashed.
    """
    if handle.pages.id_of(page) is None:
        handle.pages.add(page)
        page.on("console", lambda message: message.type == "error" and
                handle.note_page_error(f"console error: {message.text}"))
        page.on("pageerror", lambda error: handle.note_page_error(f"uncaught error: {error}"))
        page.on("crash", lambda _: page is handle.page and setattr(handle, "crashed", True))
        watch_dialogs(handle, page)
        handle.traffic.watch(page)
    if current:
        handle.pages.became_current(page)
        handle.page, handle.crashed = page, False

async def replace_page(handle, timeout_ms: float | None = None) -> None:
    """Gives a session whose page crashed a new page at the same URL, in the same context."""
    old, url = handle.page, handle.page.url
    watch_page(handle, await handle.context.new_page())
    try:
        await old.close()
    except Exception:  # a crashed page may refuse to close politely; it is gone anyway
        pass
    if url and url != "about:blank":
        await handle.page.goto(url, timeout=timeout_ms)
