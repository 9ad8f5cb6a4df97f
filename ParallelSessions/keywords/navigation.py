"""Keywords that move the current session's page: to a URL, back, forward, reloaded.
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from urllib.parse import urlparse

from ..concurrency.step import Note, Step
from ..core.errors import ParallelSessionsError
from ..core.pages import replace_page
from ..core.session import SessionHandle
from ..rf.component import LibraryComponent, concurrent_keyword, parse_expected_status
from ..rf.inputs import page_address


class PageLoadStates(Enum):
    """When a navigation counts as done (the Browser library's ``wait_until``).

    ``load``: the load event fired; ``domcontentloaded``: the DOMContentLoaded
    event fired; ``networkidle``: no network connection for 500 ms; ``commit``:
    the response arrived and the document began loading.
    """

    load = "load"
    domcontentloaded = "domcontentloaded"
    networkidle = "networkidle"
    commit = "commit"


def _status_note(status: int) -> str:
    return f"HTTP {status}" if status else "no HTTP response"


class NavigationKeywords(LibraryComponent):

    @concurrent_keyword(returns=int)
    def go_to(self, url: str, timeout: timedelta | None = None,
              wait_until: PageLoadStates = PageLoadStates.load, *,
              expected_status: int | str | None = None) -> Step:
        """Opens ``url`` in the current session and returns the HTTP status of the page.

        As in the Browser library, ``timeout`` is how long the page may take to
        load (the library's timeout by default) and ``wait_until`` says when it
        has: ``load`` (default), ``domcontentloaded``, ``networkidle`` or
        ``commit`` (see ``PageLoadStates``). A page that is not fetched over HTTP
        (``about:blank``, ``data:``) returns ``0``, as in the Browser library.

        A path such as ``/account/login`` is relative to ``base_url`` (see
        `Set Base Url`). The status is logged; a 4xx or 5xx status is logged
        as a warning unless ``expected_status`` says it is expected.
        ``expected_status`` is a status such as ``404`` (any other status then
        fails the keyword) or ``any``.

        | Go To | /account/login |
        | ${status}= | Go To | https://example.com/ |
        | Go To | /reports | 60 s | networkidle |
        | Go To | /no/such/page | expected_status=404 |
        """
        ms = self.timeout_ms(timeout)
        page_address(url)
        expected = parse_expected_status(expected_status, "Go To")

        async def go(s):
            self._check_relative(s, url, "Go To")
            response = await s.page.goto(url, timeout=ms, wait_until=wait_until.value)
            status = response.status if response is not None else 0
            if isinstance(expected, int) and status != expected:
                raise ParallelSessionsError(
                    f"Go To '{url}' in session '{s.session_id}' got HTTP status {status}, "
                    f"expected {expected}.")
            return status

        def unexpected_status(s, status: int) -> list[Note]:
            if status < 400 or expected is not None:
                return []
            return [("WARN", f"Go To '{url}' got HTTP status {status}; pass "
                             f"expected_status={status} when that is expected.")]

        return self.step(f"Go To '{url}'", go, timeout_ms=ms, outcome=_status_note,
                         after=unexpected_status)

    def _check_relative(self, handle: SessionHandle, url: str, keyword_name: str) -> None:
        """A path needs a base URL: say so instead of Playwright's 'invalid URL'."""
        if urlparse(url).scheme or handle.base_url or self.manager.base_url:
            return
        raise ParallelSessionsError(
            f"{keyword_name} '{url}' in session '{handle.session_id}': a relative URL needs a "
            f"base URL, and none is set; give an absolute URL (http://...), or set one with "
            f"Set Base Url or the import argument base_url before opening the session.")

    @concurrent_keyword(returns=None)
    def reload(self, timeout: timedelta | None = None,
               waitUntil: PageLoadStates = PageLoadStates.load) -> Step:
        """Reloads the page of the current session.

        ``timeout`` and ``waitUntil`` are the Browser library's: how long the
        reload may take, and when it is done (``load`` by default; see
        ``PageLoadStates``). After the page crashed (see `Failure evidence`),
        `Reload` gives the session a fresh page at the same URL; its cookies and
        login are kept.

        | Reload |
        | Reload | 10 s | domcontentloaded |
        """
        ms = self.timeout_ms(timeout)

        async def reload(s):
            if s.crashed:
                await replace_page(s, timeout_ms=ms)
            else:
                await s.page.reload(timeout=ms, wait_until=waitUntil.value)

        return self.step("Reload", reload, timeout_ms=ms, recovers_crash=True)

    @concurrent_keyword(returns=None)
    def go_back(self, *, timeout: timedelta | None = None) -> Step:
        """Goes back one step in the current session's history.

        | Go Back |
        """
        ms = self.timeout_ms(timeout)
        return self.step("Go Back", lambda s: s.page.go_back(timeout=ms), timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def go_forward(self, *, timeout: timedelta | None = None) -> Step:
        """Goes forward one step in the current session's history (after `Go Back`).

        | Go Back |
        | Go Forward |
        """
        ms = self.timeout_ms(timeout)
        return self.step("Go Forward", lambda s: s.page.go_forward(timeout=ms), timeout_ms=ms)
