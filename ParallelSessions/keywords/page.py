"""Keywords that act on the page of the current session.

Selectors use Playwright's syntax: CSS by default, ``text=``, ``id=``,
``xpath=`` (or a leading ``//``) and ``data-testid=``. Actions wait
automatically until the element is ready, up to ``timeout``.
"""

from __future__ import annotations

import itertools
import os
import re
from datetime import timedelta
from enum import Enum
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import expect
from robot.api import logger
from robot.api.deco import keyword
from robot.api.types import Secret

from .base import LibraryComponent, concurrent_keyword, output_dir, reveal


class ElementState(Enum):
    """States `Wait For Element` can wait for."""

    attached = "attached"
    detached = "detached"
    visible = "visible"
    hidden = "hidden"


def _url_pattern(url: str):
    """``regexp=...`` is a regular expression, a ``*`` makes a glob, else the exact URL or path."""
    if url.startswith("regexp="):
        return re.compile(url[len("regexp="):])
    return url


class PageKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        self._screenshot_numbers = itertools.count(1)

    # -- navigation --------------------------------------------------------------

    @concurrent_keyword()
    def go_to(self, url: str, *, timeout: timedelta | None = None) -> None:
        """Opens ``url`` in the current session; a path is relative to ``base_url``.

        | Go To | /account/login |
        | Go To | https://example.com/ |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Go To '{url}'", lambda s: s.page.goto(url, timeout=ms))

    @concurrent_keyword()
    def reload(self, *, timeout: timedelta | None = None) -> None:
        """Reloads the page of the current session.

        | Reload |
        """
        ms = self.timeout_ms(timeout)
        return self.act("Reload", lambda s: s.page.reload(timeout=ms))

    @concurrent_keyword()
    def go_back(self, *, timeout: timedelta | None = None) -> None:
        """Goes back one step in the current session's history.

        | Go Back |
        """
        ms = self.timeout_ms(timeout)
        return self.act("Go Back", lambda s: s.page.go_back(timeout=ms))

    @concurrent_keyword()
    def get_url(self) -> str:
        """Returns the URL of the current session's page.

        | ${url}= | Get Url |
        """
        async def url(s):
            return s.page.url
        return self.act("Get Url", url)

    @concurrent_keyword()
    def get_title(self) -> str:
        """Returns the title of the current session's page.

        | ${title}= | Get Title |
        """
        return self.act("Get Title", lambda s: s.page.title())

    @concurrent_keyword()
    def wait_for_url(self, url: str, *, timeout: timedelta | None = None) -> None:
        """Waits until the current session's page is at ``url``.

        ``url`` is an exact URL or a path relative to ``base_url``, a glob such as
        ``**/admin/dashboard``, or ``regexp=`` followed by a regular expression.

        | Click | button[type=submit] |
        | Wait For Url | **/account/dashboard |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Wait For Url '{url}'", lambda s: s.page.wait_for_url(_url_pattern(url), timeout=ms))

    @concurrent_keyword()
    def url_should_contain(self, expected: str, *, timeout: timedelta | None = None) -> None:
        """Fails unless the current URL contains ``expected`` within ``timeout``.

        | Url Should Contain | /admin/login |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Url Should Contain '{expected}'",
                 lambda s: expect(s.page).to_have_url(re.compile(re.escape(expected)), timeout=ms))

    # -- interaction ---------------------------------------------------------------

    @concurrent_keyword()
    def click(self, selector: str, *, timeout: timedelta | None = None) -> None:
        """Clicks the element ``selector`` once it is visible, enabled and stable.

        | Click | button[type=submit] |
        | Click | text=Approve |
        """
        ms = self.timeout_ms(timeout)

        async def prepare(s):
            return await armed_click(s.page.locator(selector), ms)

        return self.act(f"Click '{selector}'", lambda s: s.page.locator(selector).click(timeout=ms),
                 prepare=prepare)

    @concurrent_keyword()
    def fill_text(self, selector: str, value: str, *, timeout: timedelta | None = None) -> None:
        """Replaces the text of input ``selector`` with ``value``.

        For passwords and tokens use `Fill Secret`, which never logs the value.

        | Fill Text | id=username | alice |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Fill Text '{selector}' with '{value}'",
                 lambda s: s.page.locator(selector).fill(value, timeout=ms))

    @concurrent_keyword()
    def fill_secret(self, selector: str, value: Secret | str, *,
                    timeout: timedelta | None = None) -> None:
        """Types ``value`` into ``selector`` without writing it to any log.

        ``value`` is best a Robot Framework ``Secret`` (for example a variable
        declared as ``${password: Secret}``, or the password a login keyword
        receives); a plain string works too, but Robot then records the
        argument as written, so pass it as a variable, never as a literal.

        | Fill Secret | id=password | ${password} |
        """
        text = reveal(value)
        ms = self.timeout_ms(timeout)
        return self.act(f"Fill Secret '{selector}' with '*****'",
                 lambda s: s.page.locator(selector).fill(text, timeout=ms))

    @concurrent_keyword()
    def press_keys(self, selector: str, *keys: str, timeout: timedelta | None = None) -> None:
        """Presses ``keys`` one after another in element ``selector``.

        Key names follow Playwright: ``Enter``, ``Tab``, ``Control+A``, ``a`` ...

        | Press Keys | id=name | Control+A | Backspace | Enter |
        """
        ms = self.timeout_ms(timeout)

        async def press(s):
            locator = s.page.locator(selector)
            for key in keys:
                await locator.press(key, timeout=ms)

        return self.act(f"Press Keys {', '.join(keys)} in '{selector}'", press)

    @concurrent_keyword()
    def select_option(self, selector: str, *values: str,
                      timeout: timedelta | None = None) -> list[str]:
        """Selects options of ``<select>`` ``selector`` by value or label; returns the selected values.

        | Select Option | id=country | FI |
        """
        ms = self.timeout_ms(timeout)

        async def select(s):
            locator = s.page.locator(selector)
            options = await locator.evaluate(
                "(el, wanted) => Array.from(el.options).filter("
                "o => wanted.includes(o.value) || wanted.includes(o.label)).map(o => o.value)",
                list(values), timeout=ms)
            return await locator.select_option(options or list(values), timeout=ms)

        return self.act(f"Select Option {', '.join(values)} in '{selector}'", select)

    @concurrent_keyword()
    def check_checkbox(self, selector: str, *, timeout: timedelta | None = None) -> None:
        """Checks checkbox ``selector`` (nothing happens if it is checked already).

        | Check Checkbox | id=accept-terms |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Check Checkbox '{selector}'", lambda s: s.page.locator(selector).check(timeout=ms))

    @concurrent_keyword()
    def uncheck_checkbox(self, selector: str, *, timeout: timedelta | None = None) -> None:
        """Unchecks checkbox ``selector``.

        | Uncheck Checkbox | id=newsletter |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Uncheck Checkbox '{selector}'",
                 lambda s: s.page.locator(selector).uncheck(timeout=ms))

    # -- reading ---------------------------------------------------------------

    @concurrent_keyword()
    def get_text(self, selector: str, *, timeout: timedelta | None = None) -> str:
        """Returns the visible text of element ``selector``.

        | ${status}= | Get Text | .status |
        """
        ms = self.timeout_ms(timeout)
        async def text(s):
            return (await s.page.locator(selector).inner_text(timeout=ms)).strip()

        return self.act(f"Get Text '{selector}'", text)

    @concurrent_keyword()
    def get_attribute(self, selector: str, name: str, *,
                      timeout: timedelta | None = None) -> str | None:
        """Returns attribute ``name`` of element ``selector`` (``None`` if it has none).

        | ${href}= | Get Attribute | a.tokens | href |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Get Attribute '{name}' of '{selector}'",
                        lambda s: s.page.locator(selector).get_attribute(name, timeout=ms))

    @concurrent_keyword()
    def get_element_count(self, selector: str) -> int:
        """Returns how many elements match ``selector`` now (it does not wait).

        | ${rows}= | Get Element Count | tr[data-username] |
        """
        return self.act(f"Get Element Count '{selector}'", lambda s: s.page.locator(selector).count())

    @concurrent_keyword()
    def wait_for_element(self, selector: str, state: ElementState = ElementState.visible, *,
                         timeout: timedelta | None = None) -> None:
        """Waits until element ``selector`` is ``attached``, ``detached``, ``visible`` or ``hidden``.

        | Wait For Element | .token-value |
        | Wait For Element | .spinner | state=detached | timeout=30s |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Wait For Element '{selector}' to be {state.value}",
                 lambda s: s.page.locator(selector).first.wait_for(state=state.value, timeout=ms))

    @concurrent_keyword()
    def element_should_be_visible(self, selector: str, *, timeout: timedelta | None = None) -> None:
        """Fails unless element ``selector`` becomes visible within ``timeout``.

        | Element Should Be Visible | h1 |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Element Should Be Visible '{selector}'",
                 lambda s: expect(s.page.locator(selector).first).to_be_visible(timeout=ms))

    @concurrent_keyword()
    def element_should_not_be_visible(self, selector: str, *,
                                      timeout: timedelta | None = None) -> None:
        """Fails unless element ``selector`` is hidden or absent within ``timeout``.

        | Element Should Not Be Visible | .error |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Element Should Not Be Visible '{selector}'",
                 lambda s: expect(s.page.locator(selector).first).to_be_hidden(timeout=ms))

    @concurrent_keyword()
    def element_text_should_be(self, selector: str, expected: str, *,
                               timeout: timedelta | None = None) -> None:
        """Fails unless the text of ``selector`` equals ``expected`` within ``timeout``.

        Waits for the text, so it also passes when the page updates a moment later.

        | Element Text Should Be | .status | Active |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Element Text Should Be '{selector}' '{expected}'",
                 lambda s: expect(s.page.locator(selector)).to_have_text(expected, timeout=ms))

    @concurrent_keyword()
    def page_should_contain(self, text: str, *, timeout: timedelta | None = None) -> None:
        """Fails unless the page's text contains ``text`` within ``timeout``.

        | Page Should Contain | Account alice approved |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Page Should Contain '{text}'",
                 lambda s: expect(s.page.locator("body")).to_contain_text(text, timeout=ms))

    @concurrent_keyword()
    def page_should_not_contain(self, text: str, *, timeout: timedelta | None = None) -> None:
        """Fails if the page's text still contains ``text`` after ``timeout``.

        | Page Should Not Contain | Pending |
        """
        ms = self.timeout_ms(timeout)
        return self.act(f"Page Should Not Contain '{text}'",
                 lambda s: expect(s.page.locator("body")).not_to_contain_text(text, timeout=ms))

    @concurrent_keyword("Evaluate JavaScript")
    def evaluate_javascript(self, expression: str, argument: Any = None) -> Any:
        """Evaluates ``expression`` in the current page and returns the result.

        ``expression`` is a JavaScript expression or function; ``argument`` is
        passed to a function.

        | ${n}= | Evaluate JavaScript | document.querySelectorAll('li').length |
        | ${v}= | Evaluate JavaScript | (key) => localStorage.getItem(key) | portal.user |
        """
        return self.act("Evaluate JavaScript", lambda s: s.page.evaluate(expression, argument))

    @concurrent_keyword()
    def get_cookies(self) -> list[dict[str, Any]]:
        """Returns the cookies of the current session as a list of dictionaries.

        | ${cookies}= | Get Cookies |
        | Length Should Be | ${cookies} | 0 |
        """
        return self.act("Get Cookies", lambda s: s.context.cookies())

    @concurrent_keyword()
    def get_local_storage_item(self, key: str) -> str | None:
        """Returns ``localStorage[key]`` of the current page's origin, ``None`` if unset.

        | ${user}= | Get Local Storage Item | portal.user |
        """
        return self.act(f"Get Local Storage Item '{key}'",
                        lambda s: s.page.evaluate("k => window.localStorage.getItem(k)", key))

    @keyword
    def take_screenshot(self, name: str | None = None, *, full_page: bool = False) -> str:
        """Saves a PNG of the current session's page, embeds it in the log, returns its path.

        The file goes to the output directory as ``<name>.png``; by default the
        name is made of the session id and a number unique in this process.

        | ${path}= | Take Screenshot |
        | Take Screenshot | approved-state | full_page=True |
        """
        handle = self.current_session()
        stem = name or f"{handle.session_id}-{os.getpid()}-{next(self._screenshot_numbers)}"
        path = os.path.join(output_dir(), "screenshots", f"{stem}.png")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.act("Take Screenshot", lambda s: s.page.screenshot(path=path, full_page=full_page),
                 handle)
        link = os.path.relpath(path, output_dir())
        logger.info(f'[{handle.session_id}] <a href="{link}"><img src="{link}" width="640"></a>',
                    html=True)
        return path


# Clicks the element at an agreed wall-clock instant, from inside the page, so
# that several pages click at the same moment without a round trip each.
_CLICK_AT = """(element, at) => new Promise(resolve => setTimeout(() => {
    element.click();
    resolve();
}, Math.max(0, at - Date.now())))"""


async def armed_click(locator, timeout_ms: float):
    """Does everything a click waits for now; returns ``fire(at)`` that only clicks.

    Used after ``SYNC`` in `Run In Sessions Concurrently`: the element is found,
    scrolled into view and checked visible and enabled before the barrier.
    """
    element = await locator.element_handle(timeout=timeout_ms)
    await element.scroll_into_view_if_needed(timeout=timeout_ms)
    await element.wait_for_element_state("visible", timeout=timeout_ms)
    await element.wait_for_element_state("enabled", timeout=timeout_ms)
    await element.wait_for_element_state("stable", timeout=timeout_ms)

    async def fire(release_at_ms: float) -> None:
        try:
            await element.evaluate(_CLICK_AT, release_at_ms)
        except PlaywrightError as error:
            # A click that submits a form may navigate before the answer arrives.
            if "context was destroyed" not in str(error) and "navigat" not in str(error):
                raise

    return fire
