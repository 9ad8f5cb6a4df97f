"""Keywords that act on elements of the current session's page: click, type, choose."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from playwright.async_api import Error as PlaywrightError
from robot.api.types import Secret

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import evaluate_on, locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import InvalidArgument, duration_ms
from ..rf.secret_placeholders import resolve_secret
from .mouse import MouseButton
from .selects import one_option_only

# Reads the chosen options' values, or null when the element is not a <select>.
_MATCHING_OPTIONS = """(el, wanted) => el instanceof HTMLSelectElement
    ? {multiple: el.multiple, values: Array.from(el.options)
        .filter(o => wanted.includes(o.value) || wanted.includes(o.label)).map(o => o.value)}
    : null"""
_TAG = "el => el.tagName.toLowerCase() + (el.type ? ` type=${el.type}` : '')"
_SHOWS_TEXT = "el => !(el instanceof HTMLInputElement && el.type === 'password')"


class InteractionKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def click(self, selector: str, button: MouseButton = MouseButton.left, *,
              timeout: timedelta | None = None) -> Step:
        """Clicks the element ``selector`` with ``button`` once it is visible, enabled and stable.

        ``button`` is ``left`` (default), ``middle`` or ``right``, as in the
        Browser library. For keys held during the click, a double click, a
        position, ``force`` or ``trial`` use `Click With Options`. As a step
        after ``SYNC  release=page`` in `Run In Sessions Concurrently`, the
        click is the page's own ``element.click()``, which is always a left click.

        | Click | button[type=submit] |
        | Click | text=Approve |
        | Click | tr.row | right |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict

        async def prepare(s):
            return await armed_click(locate(s.page, selector, strict=strict), ms, button.value)

        shown = "" if button is MouseButton.left else f" with the {button.value} button"
        return self.step(f"Click '{selector}'{shown}",
                         lambda s: locate(s.page, selector, strict=strict).click(
                             timeout=ms, button=button.value),
                         prepare=prepare, timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def fill_text(self, selector: str, txt: str | None, force: bool = False, *,
                  timeout: timedelta | None = None) -> Step:
        """Clears the text field ``selector`` and fills ``txt`` into it.

        ``force=True`` skips Playwright's actionability checks (visible,
        enabled, editable). An empty ``txt`` clears the field. For passwords and
        tokens use `Fill Secret`, which never logs the value; `Type Text` types
        key by key.

        | Fill Text | id=username | alice |
        | Fill Text | id=hidden-note | draft | force=True |
        """
        ms = self.timeout_ms(timeout)
        # txt is "str | None" only so that ${None} is not typed as "None" (issue 20).
        if txt is None:
            raise InvalidArgument("Invalid txt None: give a text to fill, or ${EMPTY} to clear "
                                  "the field.")
        strict = self.strict
        return self.step(f"Fill Text '{selector}' with '{self.library.secrets.shown(txt)}'",
                         lambda s: locate(s.page, selector, strict=strict).fill(
                             txt, timeout=ms, force=force),
                         timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def fill_secret(self, selector: str, secret: Secret | str, force: bool = False, *,
                    timeout: timedelta | None = None) -> Step:
        """Fills ``secret`` into the text field ``selector`` without writing it to any log.

        ``secret`` is, as in the Browser library, one of:
        - a Robot Framework ``Secret`` (a variable declared as
          ``${password: Secret}``, or the password a login keyword receives);
        - ``$name`` (no braces): the value of the Robot variable ``${name}``,
          looked up by the keyword, so the log shows only ``$name``;
        - ``%NAME``: the value of the environment variable ``NAME``.
        A placeholder that names no variable fails the keyword with a sentence.

        Unlike the Browser library, which refuses them, other values are
        filled as they are: Robot then records the argument as written, so pass
        a plain value only when it may be seen (and a plain value that begins
        with ``$`` or ``%`` is taken as a placeholder). ``force=True`` skips
        Playwright's actionability checks.

        The value is also cut out of traces, and when the field shows its text
        (it is not a password field) the field is blacked out in failure
        screenshots of this session. See `Secrets`.

        | Fill Secret | id=password | ${password} | # a Secret |
        | Fill Secret | id=password | $password | # the variable ${password} |
        | Fill Secret | id=token | %API_TOKEN | # the environment variable API_TOKEN |
        """
        text = resolve_secret(secret, "Fill Secret")
        self.library.secrets.add(text)
        ms = self.timeout_ms(timeout)
        strict = self.strict

        async def fill(s):
            locator = locate(s.page, selector, strict=strict)
            await locator.fill(text, timeout=ms, force=force)
            if await evaluate_on(s.page, selector, _SHOWS_TEXT, strict=strict) and \
                    selector not in s.masked_selectors:
                s.masked_selectors.append(selector)

        return self.step(f"Fill Secret '{selector}' with '*****'", fill, timeout_ms=ms,
                         selector=selector)

    @concurrent_keyword(returns=None)
    def press_keys(self, selector: str, *keys: str, press_duration: timedelta = timedelta(0),
                   key_delay: timedelta = timedelta(0), timeout: timedelta | None = None) -> Step:
        """Presses ``keys`` one after another in element ``selector``.

        Key names follow Playwright: ``Enter``, ``Tab``, ``Control+A``, ``a`` ...
        ``press_duration`` is how long each key is held down (between keydown and
        keyup), ``key_delay`` the pause after each key; both default to none.

        | Press Keys | id=name | Control+A | Backspace | Enter |
        | Press Keys | id=name | h | i | press_duration=50 ms | key_delay=20 ms |
        """
        ms = self.timeout_ms(timeout)
        if not keys:
            raise InvalidArgument("Press Keys got no keys: give one or more keys after the "
                                  "selector, such as Enter, Control+a or a.")
        strict = self.strict
        held = duration_ms(press_duration, "press_duration") / 1000
        pause = duration_ms(key_delay, "key_delay") / 1000

        async def press(s):
            locator = locate(s.page, selector, strict=strict)
            for key in keys:
                await locator.press(key, timeout=ms, delay=held * 1000)
                if pause:
                    await asyncio.sleep(pause)

        return self.step(f"Press Keys {', '.join(keys)} in '{selector}'", press,
                         timeout_ms=(ms + (held + pause) * 1000) * max(1, len(keys)),
                         selector=selector)

    @concurrent_keyword(returns=list[str])
    def select_option(self, selector: str, *values: str,
                      timeout: timedelta | None = None) -> Step:
        """Selects options of ``<select>`` ``selector`` by value or label; returns the selected values.

        | Select Option | id=country | FI |
        """
        ms = self.timeout_ms(timeout)
        if not values:
            raise InvalidArgument("Select Option got no values: give one or more option values "
                                  "or labels after the selector (Deselect Options clears a "
                                  "selection).")
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
            if len(values) > 1 and not options["multiple"]:
                raise one_option_only(description, s.session_id, len(values))
            return await locator.select_option(options["values"] or list(values), timeout=ms)

        return self.step(description, select, timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def check_checkbox(self, selector: str, force: bool = False, *,
                       timeout: timedelta | None = None) -> Step:
        """Checks checkbox (or radio button) ``selector``; nothing happens if it is checked already.

        ``force=True`` skips Playwright's actionability checks.

        | Check Checkbox | id=accept-terms |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        return self.step(f"Check Checkbox '{selector}'",
                         lambda s: locate(s.page, selector, strict=strict).check(
                             timeout=ms, force=force),
                         timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def uncheck_checkbox(self, selector: str, force: bool = False, *,
                         timeout: timedelta | None = None) -> Step:
        """Unchecks checkbox ``selector``; nothing happens if it is unchecked already.

        ``force=True`` skips Playwright's actionability checks.

        | Uncheck Checkbox | id=newsletter |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        return self.step(f"Uncheck Checkbox '{selector}'",
                         lambda s: locate(s.page, selector, strict=strict).uncheck(
                             timeout=ms, force=force),
                         timeout_ms=ms, selector=selector)


# Clicks the element at an agreed wall-clock instant, from inside the page, so
# that several pages click at the same moment without a round trip each.
_CLICK_AT = """(element, at) => new Promise(resolve => setTimeout(() => {
    element.click();
    resolve();
}, Math.max(0, at - Date.now())))"""


async def armed_click(locator, timeout_ms: float, button: str = "left"):
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
            await element.click(timeout=timeout_ms, button=button)
            return
        try:
            await element.evaluate(_CLICK_AT, release_at_ms)
        except PlaywrightError as error:
            # A click that submits a form may navigate before the answer arrives.
            if "context was destroyed" not in str(error) and "navigat" not in str(error):
                raise

    return fire
