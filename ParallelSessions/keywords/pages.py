"""Several pages in one session: new tabs, pop-ups, and which one page keywords act on."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any

from assertionengine import AssertionOperator, list_verify_assertion
from playwright.async_api import Error as PlaywrightError

from ..concurrency.step import Step
from ..core.durations import describe_seconds
from ..core.errors import ParallelSessionsError
from ..core.pages import open_current, watch_page
from ..rf.assertions import with_custom_message
from ..rf.component import LibraryComponent, concurrent_keyword
from .navigation import PageLoadStates

NEW = "NEW"
CURRENT = "CURRENT"
_CURRENT = {"CURRENT", "ACTIVE"}
_ALL = {"ALL", "ANY"}


class PageKeywords(LibraryComponent):

    @concurrent_keyword(returns=dict)
    def new_page(self, url: str | None = None,
                 wait_until: PageLoadStates = PageLoadStates.load, *,
                 timeout: timedelta | None = None) -> Step:
        """Opens a new page (tab) in the current session, makes it current and returns its details.

        As in the Browser library, the page loads ``url`` (if given) until
        ``wait_until`` (``load`` by default; see ``PageLoadStates``), and the
        keyword returns a dictionary with ``page_id`` (``page_2`` ...) and
        ``video_path`` (the page's video when the session records one, else
        empty). `Switch Page` and `Close Page` take the dictionary or the id.

        The page shares the session's cookies and login. Page ids are
        ``page_1`` (the session's first page), ``page_2`` ... in the order pages
        open; pop-ups and ``target=_blank`` links a page opens join the session
        the same way, without becoming current (see `Switch Page`). It also
        works when the session's last page has closed.

        | ${tab}= | New Page | /account/tokens |
        | Switch Page | page_1 |
        | Switch Page | ${tab} |
        """
        ms = self.timeout_ms(timeout)

        async def open_page(s):
            page = await s.context.new_page()
            watch_page(s, page)
            if url:
                await page.goto(url, timeout=ms, wait_until=wait_until.value)
            return {"page_id": s.pages.id_of(page), "video_path": await _video_path(page)}

        return self.step(f"New Page{f' {url!r}' if url else ''}", open_page, timeout_ms=ms,
                         recovers_crash=True, outcome=lambda details: details["page_id"])

    @concurrent_keyword(returns=str)
    def switch_page(self, id: dict | str, context: str = CURRENT, browser: str = CURRENT, *,
                    timeout: timedelta | None = None) -> Step:
        """Makes page ``id`` current and returns the id of the page that was current.

        ``id`` is a page id from `Get Page Ids`, the dictionary `New Page`
        returns, ``CURRENT``, or ``NEW``: the newest page of the session that
        was never current, such as the pop-up or ``target=_blank`` tab a click
        opened, however many keywords ran since it opened. When there is none,
        ``NEW`` waits up to ``timeout`` for one, as in the Browser library;
        then it waits for the page to load. A page that was current once is not
        ``NEW`` again.

        ``context`` and ``browser`` are the Browser library's. A context is a
        session here: ``CURRENT`` (default) is the current session, and a
        session id makes that session current and switches to its page ``id``
        (the ids ``page_1`` ... are per session, so the session says whose page
        is meant; run alone, not as a concurrent step). ``ALL`` looks in the
        current session too. All sessions share one browser, so ``browser`` is
        ``CURRENT`` or ``ALL``.

        A current page that closes itself (a pop-up calling ``window.close()``
        after saving) hands the session back to the page that opened it, or to
        the newest page left when that one has closed; the next keyword logs
        it, e.g. ``Page page_2 closed itself; back on page_1``.

        | Click | a[target=_blank] |
        | ${previous}= | Switch Page | NEW |
        | Get Url | *= | /help |
        | Switch Page | ${previous} |
        | Switch Page | CURRENT | bob | # bob's session, on its current page |
        """
        wanted = _page_id(id)
        _one_browser(browser, "Switch Page")
        ms = self.timeout_ms(timeout)

        async def switch(s):
            previous = s.pages.id_of(s.page)
            if wanted.upper() == NEW:
                page = await _new_page(s, ms)
            elif wanted.upper() == CURRENT:
                page = open_current(s, f"Switch Page '{wanted}'")
            else:
                page = s.pages.get(wanted, s.session_id)
            watch_page(s, page)
            await page.bring_to_front()
            return previous

        step = self.step(f"Switch Page '{wanted}'", switch, timeout_ms=ms * 2,
                         recovers_crash=True, outcome=lambda previous: f"was {previous}")
        other = self._other_session(context)
        if other is None:
            return step

        def in_other_session():
            current = self.session_focus.current
            previous = self.manager.require_session(current) \
                if current and self.manager.has_session(current) else None
            self.perform(step, other)
            other.touch()
            self.session_focus.switch(other.session_id)
            self.log(other.session_id, f"Switched from session '{current}'." if current
                     else "Switched to session.")
            return previous.pages.id_of(previous.page) if previous is not None else None

        return Step.of_every_session(f"Switch Page '{wanted}' in '{context}'", in_other_session)

    @concurrent_keyword(returns=list[str])
    def get_page_ids(self, page: str = "ALL", context: str = "ALL", browser: str = "ALL",
                     assertion_operator: AssertionOperator | None = None,
                     *assertion_expected: Any, message: str | None = None,
                     timeout: timedelta | None = None) -> Step:
        """Returns the ids of the session's open pages, oldest first, and checks them.

        ``page`` is ``ALL`` (every open page, default) or ``ACTIVE``: the
        current page only (``ANY`` and ``CURRENT`` are their synonyms, as in the
        Browser library). ``context`` is a session here: ``ALL`` (default),
        ``ACTIVE`` and ``CURRENT`` are the current session, a session id is that
        session (run alone, not as a concurrent step). Unlike the Browser
        library, ``ALL`` does not list the pages of every session: page ids
        (``page_1`` ...) are per session, and a list of several sessions' ids
        would not say whose each one is. All sessions share one browser, so
        ``browser`` is ``ALL`` or ``CURRENT``.

        ``assertion_operator`` and ``assertion_expected`` check the list as
        the Browser library does (``==``, ``contains``, ``then`` ...), once, with
        ``message`` as the failure message.

        | ${ids}= | Get Page Ids |
        | Get Page Ids | ALL | CURRENT | CURRENT | == | page_1 | page_2 |
        | ${count}= | Get Page Ids | ALL | ALL | ALL | then | len(value) |
        | Get Page Ids | ACTIVE | bob | # bob's current page |
        """
        wanted = _selection(page, {"ALL", "ANY", "ACTIVE", "CURRENT"}, "Get Page Ids", "page",
                            "ALL or ACTIVE")
        _one_browser(browser, "Get Page Ids")
        expected = list(assertion_expected)
        check = with_custom_message(
            lambda found: list_verify_assertion(found, assertion_operator, expected,
                                                "Page IDs", message), message)

        async def ids(s):
            if wanted in _CURRENT:
                return check([] if s.page.is_closed() else [s.pages.id_of(s.page)])
            return check(s.pages.ids())

        step = self.step("Get Page Ids", ids, timeout_ms=self.timeout_ms(timeout),
                         recovers_crash=True, outcome=lambda found: repr(found))
        other = self._other_session(context)
        if other is None:
            return step
        return Step.of_every_session(f"Get Page Ids of '{context}'",
                                     lambda: self.perform(step, other))

    @concurrent_keyword(returns=list[dict])
    def close_page(self, page: dict | str = CURRENT, context: str = CURRENT,
                   browser: str = CURRENT, runBeforeUnload: bool = False, *,
                   timeout: timedelta | None = None) -> Step:
        """Closes ``page`` of the session ``context``; returns what it closed.

        The Browser library's arguments, onto sessions: ``page`` is ``CURRENT``
        (default), ``ALL`` or a page id (or the dictionary `New Page` returns);
        ``context`` is a session: ``CURRENT`` (default) the current session,
        a session id that session, ``ALL`` every browser session (run alone,
        not as a concurrent step). A page id is a page of one session (ids are
        per session), so with a page id ``context`` is ``CURRENT`` or a session
        id. All sessions share one browser, so ``browser`` is ``CURRENT`` or
        ``ALL``; the sessions themselves stay open (close them with
        `Close Session`). ``runBeforeUnload=True`` runs the pages'
        ``beforeunload`` handlers: a ``beforeunload`` dialog is then answered as
        `Handle Future Dialogs` says, and a dismissed one keeps the page open.

        When the current page closes, the page that opened last before it
        becomes current. The session's last page may close too, as in the
        Browser library: the session then has no page until `New Page` opens one.
        Returns one dictionary per closed page, with its ``id`` and ``session``
        (the Browser library also gives each page's errors and console messages;
        here the session logs those with the keyword that met them).

        | Close Page |
        | Close Page | page_2 |
        | Close Page | ALL | ALL | ALL | # every page of every session |
        """
        wanted = _page_id(page)
        _one_browser(browser, "Close Page")
        if wanted.upper() not in _CURRENT | _ALL and str(context).upper() in _ALL:
            raise ParallelSessionsError(
                f"Close Page '{wanted}' with context '{context}': page ids are per session, so "
                f"a page id needs context=CURRENT or a session id; use page=ALL or CURRENT to "
                f"close pages of every session.")

        async def close(s):
            if wanted.upper() in _ALL:
                pages = [s.pages.get(page_id, s.session_id) for page_id in s.pages.ids()]
            elif wanted.upper() in _CURRENT:
                pages = [open_current(s, f"Close Page '{wanted}'")]
            else:
                pages = [s.pages.get(wanted, s.session_id)]
            closed = []
            for each in pages:
                closed.append({"id": s.pages.id_of(each), "session": s.session_id})
                s.pages.closing(each)
                await each.close(run_before_unload=runBeforeUnload)
            # With runBeforeUnload a page closes after close() returns: it is not a successor.
            left = _left_open(s, closed)
            if s.page in pages and left:
                watch_page(s, s.pages.get(left[-1], s.session_id))
            return closed

        def outcome(closed: list[dict]) -> str:
            return f"closed {', '.join(c['id'] for c in closed) or 'nothing'}"

        def after(s, closed: list[dict]) -> list:
            return [("INFO", f"Current page: {s.pages.id_of(s.page)}." if _left_open(s, closed)
                     else "The session has no open page left (New Page opens one).")]

        step = self.step(f"Close Page '{wanted}'", close, timeout_ms=self.timeout_ms(timeout),
                         recovers_crash=True, outcome=outcome, after=after)
        if str(context).upper() in _ALL:
            def in_every_session():
                return [closed for handle in self.manager.sessions()
                        if handle.page is not None and handle.pages.ids()
                        for closed in self.perform(step, handle)]
            return Step.of_every_session(f"Close Page '{wanted}' in every session",
                                         in_every_session)
        other = self._other_session(context)
        if other is None:
            return step
        return Step.of_every_session(f"Close Page '{wanted}' in '{context}'",
                                     lambda: self.perform(step, other))

    def _other_session(self, context: str):
        """The session ``context`` names when it is not the current one, else None."""
        name = str(context).strip()
        if name.upper() in _CURRENT | _ALL:
            return None
        handle = self.manager.require_session(name)
        return None if handle.session_id == self.session_focus.current else handle


def _left_open(handle, closed: list[dict]) -> list[str]:
    """Ids of the session's open pages, but for those Close Page just closed."""
    gone = {c["id"] for c in closed if c["session"] == handle.session_id}
    return [page_id for page_id in handle.pages.ids() if page_id not in gone]


async def _video_path(page) -> str:
    """Where the page's video goes, or empty when it records none (or records remotely)."""
    if page.video is None:
        return ""
    try:
        return str(await page.video.path())
    except PlaywrightError:
        return ""  # a browser server keeps the video on its side


def _page_id(page: dict | str) -> str:
    """A page id from an id or the dictionary New Page returns."""
    if isinstance(page, dict):
        if "page_id" not in page:
            raise ParallelSessionsError(
                f"A page is its id (page_2) or the dictionary New Page returns (with 'page_id'); "
                f"got a dictionary with keys {', '.join(map(str, page)) or 'none'}.")
        return str(page["page_id"])
    return str(page).strip()


def _selection(value: str, valid: set[str], keyword_name: str, argument: str,
               shown: str) -> str:
    chosen = str(value).strip().upper()
    if chosen not in valid:
        raise ParallelSessionsError(
            f"{keyword_name}: invalid {argument} '{value}'; give {shown}.")
    return chosen


def _one_browser(browser: str, keyword_name: str) -> None:
    """All sessions share one Chromium: ``browser`` can only select it."""
    _selection(browser, _CURRENT | _ALL, keyword_name, "browser",
               "CURRENT or ALL: every session runs in the one shared browser")


async def _new_page(handle, timeout_ms: float):
    """The newest page that was never current (waiting for one to open), once it has loaded."""
    deadline = time.monotonic() + timeout_ms / 1000
    while (page := handle.pages.never_current()) is None:
        if time.monotonic() >= deadline:
            raise ParallelSessionsError(
                f"Switch Page 'NEW' in session '{handle.session_id}': no new page opened within "
                f"{describe_seconds(timeout_ms / 1000)}; NEW is a page that was never current, "
                f"and each open page ({handle.pages.describe_open()}) has been current already.")
        await asyncio.sleep(0.05)
    await page.wait_for_load_state(timeout=timeout_ms)
    return page
