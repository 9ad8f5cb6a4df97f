"""The pages of a session: the one it opened with, new tabs and the pop-ups its pages open.

A page that closes itself (a pop-up calling ``window.close()`` after saving, as
Django's "add another" pop-ups do) hands the session back to the page that
opened it, or to the newest page left when that one is gone. This happens on
the library's loop, where Playwright reports the close; what happened is kept
as a note that the session's next keyword logs on Robot's main thread.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque

from playwright.async_api import Error as PlaywrightError

from .dialogs import watch_dialogs
from .errors import ParallelSessionsError

# How long an action that failed because its page is going away waits for Playwright
# to report the close, so that it can say so instead of quoting Playwright.
CLOSE_NOTICE_SECONDS = 1.0
CLOSING_HINTS = ("has been closed", "Target closed")


class PageClosedError(ParallelSessionsError):
    """A keyword ran on a page that had closed, or its page closed itself meanwhile."""


class SessionPages:
    """A session's pages by id (``page_1``, ``page_2`` ...), in the order they opened.

    It also knows which page opened which, which pages were ever current (for
    ``Switch Page  NEW``), which ones the library closed itself, and the notes
    about pages that closed themselves that no keyword has logged yet.
    """

    def __init__(self) -> None:
        self._pages: dict[str, object] = {}
        self._numbers = itertools.count(1)
        self._openers: dict[str, str] = {}  # pop-up id -> id of the page that opened it
        self._were_current: set[str] = set()
        self._closed_by_library: set[str] = set()
        # Appended on the library's loop, taken on Robot's main thread: a deque is thread-safe.
        self._notes: deque[str] = deque()

    def add(self, page) -> str:
        """Gives ``page`` the next id (once); returns its id."""
        known = self.id_of(page)
        if known is not None:
            return known
        page_id = f"page_{next(self._numbers)}"
        self._pages[page_id] = page
        return page_id

    def id_of(self, page) -> str | None:
        return next((pid for pid, known in list(self._pages.items()) if known is page), None)

    def ids(self) -> list[str]:
        """Ids of the pages that are still open, oldest first."""
        # A copy first: Robot's thread reads while the loop may add a pop-up.
        return [pid for pid, page in list(self._pages.items()) if not page.is_closed()]

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

    def newest(self, session_id: str):
        ids = self.ids()
        if not ids:
            raise ParallelSessionsError(f"Session '{session_id}' has no open page.")
        return self._pages[ids[-1]]

    def became_current(self, page) -> None:
        self._were_current.add(self.add(page))

    def never_current(self):
        """The newest open page that was never the session's current page, or None."""
        ids = [pid for pid in self.ids() if pid not in self._were_current]
        return self._pages[ids[-1]] if ids else None

    def opened_by(self, popup, opener) -> None:
        """Remembers ``opener`` as the page that opened ``popup`` (Playwright reports the
        pop-up to the context, which adds it, before it tells the opener)."""
        popup_id, opener_id = self.id_of(popup), self.id_of(opener)
        if popup_id is not None and opener_id is not None:
            self._openers[popup_id] = opener_id

    def closing(self, page) -> None:
        """Notes that the library closes ``page`` (`Close Page`): it does not close itself."""
        self._closed_by_library.add(self.add(page))

    def closed_itself(self, page) -> bool:
        return page.is_closed() and self.id_of(page) not in self._closed_by_library

    def successor(self, page):
        """Where the session goes when ``page`` closed: its opener, else the newest open page."""
        opener = self._pages.get(self._openers.get(self.id_of(page), ""))
        if opener is not None and not opener.is_closed():
            return opener
        ids = self.ids()
        return self._pages[ids[-1]] if ids else None

    def note(self, text: str) -> None:
        self._notes.append(text)

    def take_notes(self) -> list[str]:
        """The notes no keyword has logged yet, oldest first; they are then gone."""
        taken = []
        while self._notes:
            taken.append(self._notes.popleft())
        return taken


def watch_page(handle, page, current: bool = True) -> None:
    """Adds ``page`` to the session's pages (once) and makes it current unless told not to.

    Its errors, dialogs and traffic are noted on ``handle``; a crash of the
    current page marks the session crashed; the pop-ups it opens remember it as
    their opener; when it is current and closes itself, its successor becomes
    current (see SessionPages.successor).
    """
    pages = handle.pages
    if pages.id_of(page) is None:
        pages.add(page)
        page.on("console", lambda message: message.type == "error" and
                handle.note_page_error(f"console error: {message.text}"))
        page.on("pageerror", lambda error: handle.note_page_error(f"uncaught error: {error}"))
        handle.console.watch(page)
        page.on("crash", lambda _: page is handle.page and setattr(handle, "crashed", True))
        page.on("popup", lambda popup: pages.opened_by(popup, page))
        page.on("close", lambda _: _closed(handle, pages, page))
        watch_dialogs(handle, page)
        handle.traffic.watch(page)
    if current:
        pages.became_current(page)
        handle.page, handle.crashed = page, False


def _closed(handle, pages: SessionPages, page) -> None:
    """On the loop, when ``page`` closed: hands a current page that closed itself on."""
    if pages is not handle.pages or page is not handle.page or not pages.closed_itself(page):
        return  # another page, a session that was reset, or Close Page (which moves on itself)
    closed = pages.id_of(page)
    successor = pages.successor(page)
    if successor is None:
        pages.note(f"Page {closed} closed itself; the session has no open page left "
                   f"(New Page opens one).")
        return
    watch_page(handle, successor)
    pages.note(f"Page {closed} closed itself; back on {pages.id_of(successor)}.")


def open_current(handle, description: str):
    """The session's current page, or a sentence naming the open pages when it has closed."""
    page = handle.page
    if page.is_closed():
        pages = handle.pages
        what_now = "Go to one with Switch Page" if pages.ids() else \
            "Open one with New Page, or close the session with Close Session"
        raise PageClosedError(
            f"{description} in session '{handle.session_id}': its current page "
            f"{pages.id_of(page)} was closed; its open pages: {pages.describe_open()}. "
            f"{what_now}.")
    return page


def on_open_page(description: str, operation, rerun: bool = False):
    """Wraps a page operation ``operation(handle, *args)`` for pages that close themselves.

    On a current page that has closed (the session's last page closed itself),
    the operation fails with a sentence naming the open pages. When the page
    closes itself while the operation runs, the session has moved on (see
    watch_page): a read (``rerun``) is done again on the new current page, an
    action fails with a sentence saying so (it may have done something before
    the page went away, so it is not repeated behind the tester's back).
    """
    async def following(handle, *args):
        while True:
            page = open_current(handle, description)
            try:
                return await operation(handle, *args)
            except PlaywrightError as error:
                if not await _closed_meanwhile(handle, page, error):
                    raise
                moved_on = handle.page is not page
                if rerun and moved_on:
                    continue
                where = (f"the session is back on {handle.pages.id_of(handle.page)}; run the "
                         f"keyword again if it was meant for that page" if moved_on else
                         "the session has no open page left; open one with New Page")
                raise PageClosedError(
                    f"{description} in session '{handle.session_id}': page "
                    f"{handle.pages.id_of(page)} closed itself during it; {where}.") from None
    return following


async def _closed_meanwhile(handle, page, error: PlaywrightError) -> bool:
    """Whether ``error`` came from ``page`` closing itself (waiting briefly for the close)."""
    if not page.is_closed() and any(hint in str(error) for hint in CLOSING_HINTS):
        deadline = asyncio.get_running_loop().time() + CLOSE_NOTICE_SECONDS
        while not page.is_closed() and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.02)
    return handle.pages.closed_itself(page)


async def replace_page(handle, timeout_ms: float | None = None) -> None:
    """Gives a session whose page crashed a new page at the same URL, in the same context."""
    old, url = handle.page, handle.page.url
    handle.pages.closing(old)
    watch_page(handle, await handle.context.new_page())
    try:
        await old.close()
    except Exception:  # a crashed page may refuse to close politely; it is gone anyway
        pass
    if url and url != "about:blank":
        await handle.page.goto(url, timeout=timeout_ms)
