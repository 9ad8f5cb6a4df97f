"""Keywords that move the current session's page around and tell where it is."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlparse

from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from playwright.async_api import expect

from ..core.errors import ParallelSessionsError
from ..core.pages import replace_page
from ..rf.component import (LibraryComponent, concurrent_keyword, describe_seconds,
                            parse_expected_status)


class NavigationKeywords(LibraryComponent):

    @concurrent_keyword()
    def go_to(self, url: str, *, timeout: timedelta | None = None,
              expected_status: int | str | None = None) -> int | None:
        """Opens ``url`` in the current session and returns the HTTP status of the page.

        A path such as ``/account/login`` is relative to ``base_url`` (see
        `Set Base Url`). The status is logged; a 4xx or 5xx status is logged
        as a warning unless ``expected_status`` says it is expected.
        ``expected_status`` is a status such as ``404`` (any other status then
        fails the keyword) or ``any``. Pages that are not fetched over HTTP
        (``about:blank``, ``data:``) return ``None``.

        | Go To | /account/login |
        | ${status}= | Go To | https://example.com/ |
        | Go To | /no/such/page | expected_status=404 |
        """
        ms = self.timeout_ms(timeout)
        expected = parse_expected_status(expected_status, "Go To")
        self._check_relative(url, "Go To")

        async def go(s):
            response = await s.page.goto(url, timeout=ms)
            status = response.status if response is not None else None
            if isinstance(expected, int) and status != expected:
                raise ParallelSessionsError(
                    f"Go To '{url}' in session '{s.session_id}' got HTTP status {status}, "
                    f"expected {expected}.")
            return status

        status = self.act(f"Go To '{url}'", go, timeout_ms=ms, outcome=_status_note)
        if not self.library.planning and status is not None and status >= 400 \
                and expected is None:
            self.log(self.focus.current,
                     f"Go To '{url}' got HTTP status {status}; pass expected_status={status} when "
                     f"that is expected.", "WARN")
        return status

    def _check_relative(self, url: str, keyword_name: str) -> None:
        """A path needs a base URL: say so instead of Playwright's 'invalid URL'."""
        if urlparse(url).scheme or self.library.planning:
            return
        handle = self.current_session()
        if not (handle.base_url or self.manager.base_url):
            raise ParallelSessionsError(
                f"{keyword_name} '{url}' in session '{handle.session_id}': a relative URL needs a "
                f"base URL, and none is set; give an absolute URL (http://...), or set one with "
                f"Set Base Url or the import argument base_url before opening the session.")

    @concurrent_keyword()
    def reload(self, *, timeout: timedelta | None = None) -> None:
        """Reloads the page of the current session.

        After the page crashed (see `Failure evidence`), `Reload` gives the
        session a fresh page at the same URL; its cookies and login are kept.

        | Reload |
        """
        ms = self.timeout_ms(timeout)

        async def reload(s):
            if s.crashed:
                await replace_page(s, timeout_ms=ms)
            else:
                await s.page.reload(timeout=ms)

        return self.act("Reload", reload, timeout_ms=ms, recovers_crash=True)

    @concurrent_keyword()
    def go_back(self, *, timeout: timedelta | None = None) -> None:
        """Goes back one step in the current session's history.

        | Go Back |
        """
        ms = self.timeout_ms(timeout)
        return self.act("Go Back", lambda s: s.page.go_back(timeout=ms), timeout_ms=ms)

    @concurrent_keyword()
    def go_forward(self, *, timeout: timedelta | None = None) -> None:
        """Goes forward one step in the current session's history (after `Go Back`).

        | Go Back |
        | Go Forward |
        """
        ms = self.timeout_ms(timeout)
        return self.act("Go Forward", lambda s: s.page.go_forward(timeout=ms), timeout_ms=ms)

    @concurrent_keyword()
    def wait_for_url(self, url: str, *, timeout: timedelta | None = None) -> None:
        """Waits until the current session's page is at ``url``.

        ``url`` is an exact URL or a path relative to ``base_url``, a glob such as
        ``**/admin/dashboard``, or ``regexp=`` followed by a regular expression.
        When the time is up, the error says where the page was.

        | Click | button[type=submit] |
        | Wait For Url | **/account/dashboard |
        | Wait For Url | regexp=/tokens/\\\\d+$ |
        """
        ms = self.timeout_ms(timeout)
        pattern = self._url_pattern(url, "Wait For Url")

        async def wait(s):
            try:
                await s.page.wait_for_url(pattern, timeout=ms)
            except PlaywrightTimeoutError:
                raise ParallelSessionsError(
                    f"Wait For Url '{url}' failed in session '{s.session_id}': the page did not "
                    f"reach it within {describe_seconds(ms / 1000)}; it is at '{s.page.url}'.") from None

        return self.act(f"Wait For Url '{url}'", wait, timeout_ms=ms)

    def _url_pattern(self, url: str, keyword_name: str):
        """``regexp=...`` is a regular expression, a ``*`` makes a glob, else the exact URL or path."""
        if not url.startswith("regexp="):
            return url
        try:
            return re.compile(url[len("regexp="):])
        except re.error as error:
            where = "" if self.library.planning else f" in session '{self.focus.current}'"
            raise ParallelSessionsError(
                f"{keyword_name} '{url}'{where}: '{url[len('regexp='):]}' is not a valid regular "
                f"expression ({error}); escape special characters with a backslash, or use a "
                f"glob such as **/path.") from None

    @concurrent_keyword()
    def url_should_contain(self, expected: str, *, timeout: timedelta | None = None) -> None:
        """Fails unless the current URL contains ``expected`` within ``timeout``.

        | Url Should Contain | /admin/login |
        """
        ms = self.timeout_ms(timeout)
        return self.act(
            f"Url Should Contain '{expected}'",
            lambda s: expect(s.page).to_have_url(re.compile(re.escape(expected)), timeout=ms),
            timeout_ms=ms)


def _status_note(status: int | None) -> str:
    return f"HTTP {status}" if status is not None else "no HTTP response"
