"""Keywords that wait until the page is in a state: an element's, a text's, the URL's.
"""

from __future__ import annotations

import re
from datetime import timedelta

from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from playwright.async_api import expect

from ..concurrency.step import Step
from ..core.actionability import element_states
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.assertions import read_until
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.step_guards import describe_seconds
from .getters import ElementState

NATIVE_STATES = {"attached", "detached", "visible", "hidden"}


def _has_state(states: list[str], wanted: str) -> list[str]:
    if wanted not in states:
        raise AssertionError(f"the element is {', '.join(states)}, not {wanted}")
    return states


class WaitingKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def wait_for_element(self, selector: str, state: ElementState = ElementState.visible, *,
                         timeout: timedelta | None = None) -> Step:
        """Waits until element ``selector`` is in ``state``.

        ``state`` is one of ``attached``, ``detached``, ``visible``, ``hidden``,
        ``enabled``, ``disabled``, ``editable``, ``readonly``, ``checked``,
        ``unchecked``, ``focused``, ``defocused``, ``selected``, ``deselected``
        (see `Get Element States`) or ``stable`` (not moving). When the time is
        up, the error says which states the element had.

        | Wait For Element | .token-value |
        | Wait For Element | .spinner | state=detached | timeout=30s |
        | Wait For Element | id=save | enabled |
        """
        ms = self.timeout_ms(timeout)
        wanted = state.value
        description = f"Wait For Element '{selector}' to be {wanted}"

        async def wait(s):
            locator = locate(s.page, selector).first
            if wanted in NATIVE_STATES:
                await locator.wait_for(state=wanted, timeout=ms)
            elif wanted == ElementState.stable.value:
                handle = await locator.element_handle(timeout=ms)
                await handle.wait_for_element_state("stable", timeout=ms)
            else:
                await read_until(lambda remaining: element_states(locator, remaining),
                                 lambda states: _has_state(states, wanted), ms)

        return self.step(description, wait, timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def element_should_be_visible(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Fails unless element ``selector`` becomes visible within ``timeout``.

        The selector must match one element: when it matches several, the
        keyword fails and lists them, so that a check never passes on the
        wrong element.

        | Element Should Be Visible | h1 |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.step(f"Element Should Be Visible '{selector}'",
                        lambda s: expect(locate(s.page, selector, strict)).to_be_visible(timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def element_should_not_be_visible(self, selector: str, *,
                                      timeout: timedelta | None = None) -> Step:
        """Fails unless element ``selector`` is hidden or absent within ``timeout``.

        | Element Should Not Be Visible | .error |
        """
        ms = self.timeout_ms(timeout)
        return self.step(f"Element Should Not Be Visible '{selector}'",
                        lambda s: expect(locate(s.page, selector).first).to_be_hidden(timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def element_text_should_be(self, selector: str, expected: str, *,
                               timeout: timedelta | None = None) -> Step:
        """Fails unless the text of ``selector`` equals ``expected`` within ``timeout``.

        Waits for the text, so it also passes when the page updates a moment later.

        | Element Text Should Be | .status | Active |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.step(f"Element Text Should Be '{selector}' '{expected}'",
                        lambda s: expect(locate(s.page, selector, strict)).to_have_text(expected, timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def page_should_contain(self, text: str, *, timeout: timedelta | None = None) -> Step:
        """Fails unless the page's text contains ``text`` within ``timeout``.

        | Page Should Contain | Account alice approved |
        """
        ms = self.timeout_ms(timeout)
        return self.step(f"Page Should Contain '{text}'",
                        lambda s: expect(s.page.locator("body")).to_contain_text(text, timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def page_should_not_contain(self, text: str, *, timeout: timedelta | None = None) -> Step:
        """Fails if the page's text still contains ``text`` after ``timeout``.

        | Page Should Not Contain | Pending |
        """
        ms = self.timeout_ms(timeout)
        return self.step(f"Page Should Not Contain '{text}'",
                        lambda s: expect(s.page.locator("body")).not_to_contain_text(text, timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def wait_for_url(self, url: str, *, timeout: timedelta | None = None) -> Step:
        """Waits until the current session's page is at ``url``.

        ``url`` is an exact URL or a path relative to ``base_url``, a glob such as
        ``**/admin/dashboard``, or ``regexp=`` followed by a regular expression.
        When the time is up, the error says where the page was.

        | Click | button[type=submit] |
        | Wait For Url | **/account/dashboard |
        | Wait For Url | regexp=/tokens/\\\\d+$ |
        """
        ms = self.timeout_ms(timeout)

        async def wait(s):
            pattern = self._url_pattern(url, "Wait For Url", s.session_id)
            try:
                await s.page.wait_for_url(pattern, timeout=ms)
            except PlaywrightTimeoutError:
                raise ParallelSessionsError(
                    f"Wait For Url '{url}' failed in session '{s.session_id}': the page did not "
                    f"reach it within {describe_seconds(ms / 1000)}; it is at '{s.page.url}'.") from None

        return self.step(f"Wait For Url '{url}'", wait, timeout_ms=ms)

    def _url_pattern(self, url: str, keyword_name: str, session_id: str):
        """``regexp=...`` is a regular expression, a ``*`` makes a glob, else the exact URL or path."""
        if not url.startswith("regexp="):
            return url
        try:
            return re.compile(url[len("regexp="):])
        except re.error as error:
            raise ParallelSessionsError(
                f"{keyword_name} '{url}' in session '{session_id}': '{url[len('regexp='):]}' is "
                f"not a valid regular expression ({error}); escape special characters with a "
                f"backslash, or use a glob such as **/path.") from None

    @concurrent_keyword(returns=None)
    def url_should_contain(self, expected: str, *, timeout: timedelta | None = None) -> Step:
        """Fails unless the current URL contains ``expected`` within ``timeout``.

        | Url Should Contain | /admin/login |
        """
        ms = self.timeout_ms(timeout)
        return self.step(
            f"Url Should Contain '{expected}'",
            lambda s: expect(s.page).to_have_url(re.compile(re.escape(expected)), timeout=ms),
            timeout_ms=ms)
