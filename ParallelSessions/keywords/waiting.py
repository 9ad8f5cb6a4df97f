"""Keywords that wait until the page is in a state: an element's, a text's, the URL's.
"""

from __future__ import annotations

import re
from datetime import timedelta
from enum import Enum

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from playwright.async_api import expect
from robot.utils import secs_to_timestr

from ..concurrency.step import Step
from ..core.actionability import element_states
from ..core.durations import describe_seconds
from ..core.errors import AssertionMessageError, ParallelSessionsError
from ..core.selectors import locate
from ..core.traffic import MalformedMatcher, js_regexp
from ..rf.assertions import read_until
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.element_states import ElementState
from ..rf.inputs import InvalidArgument, duration_ms, not_empty

NATIVE_STATES = {"attached", "detached", "visible", "hidden"}
# The Browser library's {function} in a Wait For Elements State message: the state itself for
# the states Playwright waits for, else the JavaScript it evaluates on the element.
PLAYWRIGHT_STATES = NATIVE_STATES | {"stable", "enabled", "disabled", "editable"}
STATE_FUNCTIONS = {
    "readonly": "e => e.readOnly", "selected": "e => e.selected",
    "deselected": "e => !e.selected", "focused": "e => document.activeElement === e",
    "defocused": "e => document.activeElement !== e", "checked": "e => e.checked",
    "unchecked": "e => !e.checked",
}


class PageLoadStates(Enum):
    """The load states `Wait For Load State` and `Wait For Navigation` wait for."""

    load = "load"
    domcontentloaded = "domcontentloaded"
    networkidle = "networkidle"
    commit = "commit"


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
        up, the error says which states the element had. `Wait For Elements State`
        is the same wait under the Browser library's name, with its ``message``.

        | Wait For Element | .token-value |
        | Wait For Element | .spinner | state=detached | timeout=30s |
        | Wait For Element | id=save | enabled |
        """
        return self._state_step(f"Wait For Element '{selector}' to be {state.value}", selector,
                                state, self.timeout_ms(timeout), first=True)

    @concurrent_keyword(returns=None)
    def wait_for_elements_state(self, selector: str,
                                state: ElementState = ElementState.visible,
                                timeout: timedelta | None = None,
                                message: str | None = None) -> Step:
        """Waits until element ``selector`` is in ``state`` (the Browser library's keyword).

        The states are those of `Wait For Element`. The selector must match one
        element unless strict mode is off (``Set Strict Mode``). When the time is
        up, the keyword fails; ``message`` replaces the error and may name
        ``{selector}``, ``{function}`` (the state for ``attached``, ``detached``,
        ``visible``, ``hidden``, ``stable``, ``enabled``, ``disabled`` and
        ``editable``, else the JavaScript checked on the element, such as
        ``e => e.checked``) and ``{timeout}`` (such as ``2 seconds``).

        | Wait For Elements State | //h1 | visible | timeout=2 s |
        | Wait For Elements State | id=save | enabled | 1s |
        | Wait For Elements State | .toast | detached | message={selector} still there after {timeout} |
        """
        ms = self.timeout_ms(timeout)
        step = self._state_step(f"Wait For Elements State '{selector}' {state.value}", selector,
                                state, ms, first=not self.strict)
        if not message:  # an empty message is no message, as in the Browser library
            return step
        function = state.value if state.value in PLAYWRIGHT_STATES else STATE_FUNCTIONS[state.value]
        text = message.format(selector=selector, function=function,
                              timeout=secs_to_timestr(ms / 1000))
        run = step.run

        async def with_message(s):
            try:
                return await run(s)
            except (PlaywrightError, AssertionError, ParallelSessionsError):
                raise AssertionMessageError(text) from None

        step.run = with_message
        return step

    def _state_step(self, description: str, selector: str, state: ElementState, ms: float,
                    first: bool) -> Step:
        wanted = state.value

        async def wait(s):
            locator = locate(s.page, selector, strict=not first)
            if wanted in NATIVE_STATES:
                await locator.wait_for(state=wanted, timeout=ms)
            elif wanted == ElementState.stable.value:
                handle = await locator.element_handle(timeout=ms)
                await handle.wait_for_element_state("stable", timeout=ms)
            else:
                await read_until(
                    lambda remaining: element_states(s.page, selector, not first, remaining),
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
                        lambda s: expect(locate(s.page, selector, strict=False)).to_be_hidden(
                            timeout=ms),
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
        not_empty(text, "text", "give the text the page should contain (every page contains "
                  "an empty text)")
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
        not_empty(url, "url", "give the URL or path to wait for, a glob such as **/account "
                  "or regexp=<expression>")

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
        not_empty(expected, "expected", "give a part of the URL, such as /account (every URL "
                  "contains an empty text)")
        return self.step(
            f"Url Should Contain '{expected}'",
            lambda s: expect(s.page).to_have_url(re.compile(re.escape(expected)), timeout=ms),
            timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def wait_for_function(self, function: str, selector: str = "",
                          polling: str | timedelta = "raf", timeout: timedelta | None = None,
                          message: str | None = None) -> Step:
        """Waits until JavaScript ``function`` returns a truthy value in the current session.

        ``function`` is a function such as ``() => window.ready`` or an expression
        such as ``window.ready``. With ``selector``, the function gets that element
        as its argument: ``element => element.value === 'done'``. ``polling`` is
        ``raf`` (at every animation frame) or a time between calls such as
        ``100 ms``. ``message`` replaces the error when the time is up and may name
        ``{selector}``, ``{function}`` and ``{timeout}``.

        | Wait For Function | () => document.querySelectorAll('li').length > 2 |
        | Wait For Function | element => element.value === 'done' | selector=id=status | timeout=4s |
        | Wait For Function | window.ready | polling=200 ms |
        """
        ms = self.timeout_ms(timeout)
        not_empty(function, "function", "give a JavaScript function such as () => window.ready "
                  "or an expression such as window.ready")
        every = None if str(polling).strip().lower() == "raf" else _polling_ms(polling)
        if message is not None:
            try:
                message.format(selector=selector, function=function, timeout="")
            except (KeyError, IndexError, ValueError) as error:
                raise InvalidArgument(
                    f"Invalid message '{message}': {error!r} cannot be filled in; it may use "
                    f"{{selector}}, {{function}} and {{timeout}} (write {{{{ and }}}} for braces)."
                ) from None
        strict = self.strict

        async def wait(s):
            try:
                element = None
                if selector:
                    element = await locate(s.page, selector, strict=strict).element_handle(
                        timeout=ms)
                await s.page.wait_for_function(function, arg=element, polling=every, timeout=ms)
            except (PlaywrightError, ParallelSessionsError):
                if not message:
                    raise
                raise AssertionMessageError(message.format(
                    selector=selector, function=function,
                    timeout=secs_to_timestr(ms / 1000))) from None

        return self.step(f"Wait For Function '{function}'", wait, timeout_ms=ms,
                         selector=selector or None)

    @concurrent_keyword(returns=None)
    def wait_for_load_state(self, state: PageLoadStates = PageLoadStates.load,
                            timeout: timedelta | None = None) -> Step:
        """Waits until the current session's page reaches load ``state``.

        ``load`` (the load event), ``domcontentloaded``, ``networkidle`` (no
        request for 500 ms; discouraged) or ``commit``, which returns at once as in
        the Browser library. A page already in that state passes at once.

        | Go To | /account/dashboard |
        | Wait For Load State | domcontentloaded | timeout=3s |
        """
        ms = self.timeout_ms(timeout)

        async def wait(s):
            if state is not PageLoadStates.commit:
                await s.page.wait_for_load_state(state.value, timeout=ms)

        return self.step(f"Wait For Load State '{state.value}'", wait, timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def wait_for_navigation(self, url: str, timeout: timedelta | None = None,
                            wait_until: PageLoadStates = PageLoadStates.load) -> Step:
        """Waits until the current session's page is at ``url`` and has reached ``wait_until``.

        ``url`` is a glob (``**/dashboard``; a plain URL or path matches exactly)
        or a JavaScript-style regular expression between slashes, such as
        ``/tokens\\\\/\\\\d+$/`` or ``/DASHBOARD/i``. A page that is at ``url``
        already passes at once. ``wait_until`` is a state of `Wait For Load State`.

        | Click | text=Continue |
        | Wait For Navigation | **/account/dashboard | wait_until=domcontentloaded |
        """
        ms = self.timeout_ms(timeout)
        not_empty(url, "url", "give the URL or path to wait for, a glob such as **/account "
                  "or a regular expression such as /tokens\\/\\d+$/")

        async def wait(s):
            try:
                pattern = js_regexp(url) or url
            except MalformedMatcher as error:
                raise ParallelSessionsError(
                    f"Wait For Navigation '{url}' in session '{s.session_id}': {error}, or give "
                    f"a glob such as **/path.") from None
            try:
                await s.page.wait_for_url(pattern, wait_until=wait_until.value, timeout=ms)
            except PlaywrightTimeoutError:
                raise ParallelSessionsError(
                    f"Wait For Navigation '{url}' failed in session '{s.session_id}': the page "
                    f"did not get there within {describe_seconds(ms / 1000)}; it is at "
                    f"'{s.page.url}'.") from None

        return self.step(f"Wait For Navigation '{url}'", wait, timeout_ms=ms)


def _polling_ms(polling: str | timedelta) -> float:
    """``polling`` as milliseconds: a Robot time such as 100 ms, or a timedelta."""
    return duration_ms(polling, "polling", zero=False, or_else="raf (every animation frame) or ")
