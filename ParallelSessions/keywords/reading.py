"""Keywords that read the current session's page and assert on it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from playwright.async_api import expect

from ..core.actionability import element_states
from ..core.selectors import locate
from ..rf.assertions import read_until
from ..rf.component import LibraryComponent, concurrent_keyword
from .getters import ElementState

# States Playwright waits for itself; the others are polled from Get Element States.
NATIVE_STATES = {"attached", "detached", "visible", "hidden"}


def _has_state(states: list[str], wanted: str) -> list[str]:
    if wanted not in states:
        raise AssertionError(f"the element is {', '.join(states)}, not {wanted}")
    return states


class ReadingKeywords(LibraryComponent):

    @concurrent_keyword()
    def wait_for_element(self, selector: str, state: ElementState = ElementState.visible, *,
                         timeout: timedelta | None = None) -> None:
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

        return self.act(description, wait, timeout_ms=ms)

    @concurrent_keyword()
    def element_should_be_visible(self, selector: str, *, timeout: timedelta | None = None) -> None:
        """Fails unless element ``selector`` becomes visible within ``timeout``.

        The selector must match one element: when it matches several, the
        keyword fails and lists them, so that a check never passes on the
        wrong element.

        | Element Should Be Visible | h1 |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Element Should Be Visible '{selector}'",
                        lambda s: expect(locate(s.page, selector)).to_be_visible(timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword()
    def element_should_not_be_visible(self, selector: str, *,
                                      timeout: timedelta | None = None) -> None:
        """Fails unless element ``selector`` is hidden or absent within ``timeout``.

        | Element Should Not Be Visible | .error |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Element Should Not Be Visible '{selector}'",
                        lambda s: expect(locate(s.page, selector).first).to_be_hidden(timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword()
    def element_text_should_be(self, selector: str, expected: str, *,
                               timeout: timedelta | None = None) -> None:
        """Fails unless the text of ``selector`` equals ``expected`` within ``timeout``.

        Waits for the text, so it also passes when the page updates a moment later.

        | Element Text Should Be | .status | Active |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Element Text Should Be '{selector}' '{expected}'",
                        lambda s: expect(locate(s.page, selector)).to_have_text(expected, timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword()
    def page_should_contain(self, text: str, *, timeout: timedelta | None = None) -> None:
        """Fails unless the page's text contains ``text`` within ``timeout``.

        | Page Should Contain | Account alice approved |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Page Should Contain '{text}'",
                        lambda s: expect(s.page.locator("body")).to_contain_text(text, timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword()
    def page_should_not_contain(self, text: str, *, timeout: timedelta | None = None) -> None:
        """Fails if the page's text still contains ``text`` after ``timeout``.

        | Page Should Not Contain | Pending |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Page Should Not Contain '{text}'",
                        lambda s: expect(s.page.locator("body")).not_to_contain_text(text, timeout=ms),
                        timeout_ms=ms)

    @concurrent_keyword("Evaluate JavaScript")
    def evaluate_javascript(self, expression: str, argument: Any = None, *,
                            timeout: timedelta | None = None) -> Any:
        """Evaluates ``expression`` in the current page and returns the result.

        ``expression`` is a JavaScript expression or function; ``argument`` is
        passed to a function. A promise is awaited, up to ``timeout``.

        | ${n}= | Evaluate JavaScript | document.querySelectorAll('li').length |
        | ${v}= | Evaluate JavaScript | (key) => localStorage.getItem(key) | portal.user |
        """
        return self.act("Evaluate JavaScript", lambda s: s.page.evaluate(expression, argument),
                        timeout_ms=self.timeout_ms(timeout))

