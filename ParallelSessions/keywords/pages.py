"""Several pages in one session: new tabs, pop-ups, and which one page keywords act on."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.pages import open_current, watch_page
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.step_guards import describe_seconds

NEW = "NEW"
CURRENT = "CURRENT"


class PageKeywords(LibraryComponent):

    @concurrent_keyword(returns=str)
    def new_page(self, url: str | None = None, *, timeout: timedelta | None = None) -> Step:
        """Opens a new page (tab) in the current session, makes it current and returns its id.

        The page shares the session's cookies and login. Page ids are
        ``page_1`` (the session's first page), ``page_2`` ... in the order pages
        open; pop-ups and ``target=_blank`` links a page opens join the session
        the same way, without becoming current (see `Switch Page`). It also
        works when the session's last page has closed itself.

        | ${tab}= | New Page | /account/tokens |
        | Switch Page | page_1 |
        """
        ms = self.timeout_ms(timeout)

        async def open_page(s):
            page = await s.context.new_page()
            watch_page(s, page)
            if url:
                await page.goto(url, timeout=ms)
            return s.pages.id_of(page)

        return self.step(f"New Page{f' {url!r}' if url else ''}", open_page, timeout_ms=ms,
                        recovers_crash=True, outcome=lambda page_id: page_id)

    @concurrent_keyword(returns=str)
    def switch_page(self, id: str, *, timeout: timedelta | None = None) -> Step:
        """Makes page ``id`` of the current session current; returns the id that was current.

        ``id`` is a page id from `Get Page Ids` or `New Page`, ``CURRENT``, or
        ``NEW``: the newest page of the session that was never current, such
        as the pop-up or ``target=_blank`` tab a click opened, however many
        keywords ran since it opened. When there is none, ``NEW`` waits up to
        ``timeout`` for one, as in the Browser library; then it waits for the
        page to load. A page that was current once is not ``NEW`` again.

        A current page that closes itself (a pop-up calling ``window.close()``
        after saving) hands the session back to the page that opened it, or to
        the newest page left when that one has closed; the next keyword logs
        it, e.g. ``Page page_2 closed itself; back on page_1``.

        | Click | a[target=_blank] |
        | ${previous}= | Switch Page | NEW |
        | Get Url | *= | /help |
        | Switch Page | ${previous} |
        """
        wanted = str(id).strip()
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

        return self.step(f"Switch Page '{wanted}'", switch, timeout_ms=ms * 2, recovers_crash=True,
                        outcome=lambda previous: f"was {previous}")

    @concurrent_keyword(returns=list[str])
    def get_page_ids(self, *, timeout: timedelta | None = None) -> Step:
        """Returns the ids of the current session's open pages, oldest first.

        | ${ids}= | Get Page Ids |
        | Length Should Be | ${ids} | 2 |
        """
        async def ids(s):
            return s.pages.ids()

        return self.step("Get Page Ids", ids, timeout_ms=self.timeout_ms(timeout),
                        recovers_crash=True, outcome=", ".join)

    @concurrent_keyword(returns=str)
    def close_page(self, id: str = CURRENT, *, timeout: timedelta | None = None) -> Step:
        """Closes page ``id`` (the current one by default) of the current session.

        When the current page closes, the page that opened last before it
        becomes current; returns the id of the current page afterwards. The
        session's last page cannot be closed: close the session instead.

        | Close Page |
        | Close Page | page_2 |
        """
        wanted = str(id).strip()

        async def close(s):
            page = open_current(s, f"Close Page '{wanted}'") if wanted.upper() == CURRENT \
                else s.pages.get(wanted, s.session_id)
            closing = s.pages.id_of(page)
            if s.pages.ids() == [closing]:
                raise ParallelSessionsError(
                    f"Close Page '{closing}' in session '{s.session_id}': it is the session's "
                    f"only page; close the session with Close Session instead.")
            s.pages.closing(page)
            await page.close()
            if page is s.page:
                watch_page(s, s.pages.newest(s.session_id))
            return s.pages.id_of(s.page)

        return self.step(f"Close Page '{wanted}'", close, timeout_ms=self.timeout_ms(timeout),
                        recovers_crash=True, outcome=lambda current: f"current: {current}")


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
