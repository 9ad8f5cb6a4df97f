"""Keywords that act on elements of the current session's page: click, type, choose."""

from __future__ import annotations

from datetime import timedelta

from playwright.async_api import Error as PlaywrightError
from robot.api.types import Secret

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import evaluate_on, locate
from ..rf.component import LibraryComponent, concurrent_keyword, reveal

# Reads the chosen options' values, or null when the element is not a <select>.
_MATCHING_OPTIONS = """(el, wanted) => el instanceof HTMLSelectElement
    ? Array.from(el.options).filter(o => wanted.includes(o.value) || wanted.includes(o.label))
        .map(o => o.value)
    : null"""
_TAG = "el => el.tagName.toLowerCase() + (el.type ? ` type=${el.type}` : '')"
_SHOWS_TEXT = "el => !(el instanceof HTMLInputElement && el.type === 'password')"


class InteractionKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def click(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Clicks the element ``selector`` once it is visible, enabled and stable.

        | Click | button[type=submit] |
        | Click | text=Approve |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built

        async def prepare(s):
            return await armed_click(locate(s.page, selector, strict), ms)

        return self.step(f"Click '{selector}'", lambda s: locate(s.page, selector, strict).click(timeout=ms),
                        prepare=prepare, timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def fill_text(self, selector: str, value: str, *, timeout: timedelta | None = None) -> Step:
        """Replaces the text of input ``selector`` with ``value``.

        For passwords and tokens use `Fill Secret`, which never logs the value.

        | Fill Text | id=username | alice |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.step(f"Fill Text '{selector}' with '{value}'",
                        lambda s: locate(s.page, selector, strict).fill(value, timeout=ms), timeout_ms=ms,
                        selector=selector)

    @concurrent_keyword(returns=None)
    def fill_secret(self, selector: str, value: Secret | str, *,
                    timeout: timedelta | None = None) -> Step:
        """Types ``value`` into ``selector`` without writing it to any log.

        ``value`` is best a Robot Framework ``Secret`` (for example a variable
        declared as ``${password: Secret}``, or the password a login keyword
        receives); a plain string works too, but Robot then records the
        argument as written, so pass it as a variable, never as a literal.

        The value is also cut out of traces, and when the field shows its text
        (it is not a password field) the field is blacked out in failure
        screenshots of this session. See `Secrets`.

        | Fill Secret | id=password | ${password} |
        """
        text = reveal(value)
        self.library.secrets.add(text)
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built

        async def fill(s):
            locator = locate(s.page, selector, strict)
            await locator.fill(text, timeout=ms)
            if await evaluate_on(s.page, selector, _SHOWS_TEXT, strict=strict) and \
                    selector not in s.masked_selectors:
                s.masked_selectors.append(selector)

        return self.step(f"Fill Secret '{selector}' with '*****'", fill, timeout_ms=ms,
                        selector=selector)

    @concurrent_keyword(returns=None)
    def press_keys(self, selector: str, *keys: str, timeout: timedelta | None = None) -> Step:
        """Presses ``keys`` one after another in element ``selector``.

        Key names follow Playwright: ``Enter``, ``Tab``, ``Control+A``, ``a`` ...

        | Press Keys | id=name | Control+A | Backspace | Enter |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built

        async def press(s):
            locator = locate(s.page, selector, strict)
            for key in keys:
                await locator.press(key, timeout=ms)

        return self.step(f"Press Keys {', '.join(keys)} in '{selector}'", press,
                        timeout_ms=ms * max(1, len(keys)), selector=selector)

    @concurrent_keyword(returns=list[str])
    def select_option(self, selector: str, *values: str,
                      timeout: timedelta | None = None) -> Step:
        """Selects options of ``<select>`` ``selector`` by value or label; returns the selected values.

        | Select Option | id=country | FI |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        description = f"Select Option {', '.join(values)} in '{selector}'"

        async def select(s):
            locator = locate(s.page, selector, strict)
            options = await locator.evaluate(_MATCHING_OPTIONS, list(values), timeout=ms)
            if options is None:
                raise ParallelSessionsError(
                    f"{description} failed in session '{s.session_id}': the element is a "
                    f"<{await locator.evaluate(_TAG)}>, not a <select>; for other inputs use "
                    f"Fill Text, Check Checkbox or Click.")
            return await locator.select_option(options or list(values), timeout=ms)

        return self.step(description, select, timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def check_checkbox(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Checks checkbox ``selector`` (nothing happens if it is checked already).

        | Check Checkbox | id=accept-terms |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.step(f"Check Checkbox '{selector}'",
                        lambda s: locate(s.page, selector, strict).check(timeout=ms), timeout_ms=ms,
                        selector=selector)

    @concurrent_keyword(returns=None)
    def uncheck_checkbox(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Unchecks checkbox ``selector``.

        | Uncheck Checkbox | id=newsletter |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.step(f"Uncheck Checkbox '{selector}'",
                        lambda s: locate(s.page, selector, strict).uncheck(timeout=ms), timeout_ms=ms,
                        selector=selector)


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
    ``fire(None)`` clicks at once as a user does (trusted events, hit test: the
    network release holds the request it sends); ``fire(at_ms)`` clicks from a
    timer inside the page at that wall-clock instant (``SYNC  release=page``),
    with the DOM's ``element.click()``.
    """
    element = await locator.element_handle(timeout=timeout_ms)
    await element.scroll_into_view_if_needed(timeout=timeout_ms)
    await element.wait_for_element_state("visible", timeout=timeout_ms)
    await element.wait_for_element_state("enabled", timeout=timeout_ms)
    await element.wait_for_element_state("stable", timeout=timeout_ms)

    async def fire(release_at_ms: float | None) -> None:
        if release_at_ms is None:
            await element.click(timeout=timeout_ms)
            return
        try:
            await element.evaluate(_CLICK_AT, release_at_ms)
        except PlaywrightError as error:
            # A click that submits a form may navigate before the answer arrives.
            if "context was destroyed" not in str(error) and "navigat" not in str(error):
                raise

    return fire
