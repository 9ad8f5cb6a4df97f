"""Overlays: a cookie banner or a pop-in that may appear at any moment, handled by itself.

A locator handler (Playwright's ``addLocatorHandler``) watches the current page: whenever
its element is visible before an action, the handler's actions run first (click "Accept",
fill a field...), then the action goes on.
"""

from __future__ import annotations

import weakref
from typing import Any

from robot.utils import seq2str

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import not_empty

HANDLER_ACTIONS = ("click", "fill", "check", "uncheck")


def _checked_spec(handler_spec: Any) -> list[dict[str, Any]]:
    """The actions of `Add Locator Handler Custom`, checked before the handler is added."""
    if isinstance(handler_spec, dict):
        handler_spec = [handler_spec]
    if not isinstance(handler_spec, (list, tuple)) or not handler_spec:
        raise ParallelSessionsError(
            "Invalid handler_spec: give a list of actions, each a dictionary with action "
            "(click, fill, check or uncheck) and selector, and value for fill.")
    actions = []
    for index, item in enumerate(handler_spec, start=1):
        if not isinstance(item, dict) or "selector" not in item or "action" not in item:
            raise ParallelSessionsError(
                f"Invalid action {index} of handler_spec: {item!r}; each action is a dictionary "
                f"with action (click, fill, check or uncheck) and selector.")
        action = str(item["action"]).lower()
        if action not in HANDLER_ACTIONS:
            raise ParallelSessionsError(
                f"Invalid action '{item['action']}' in handler_spec: give "
                f"{seq2str(HANDLER_ACTIONS, quote='', lastsep=' or ')}.")
        if (action == "fill") != ("value" in item):
            raise ParallelSessionsError(
                f"Invalid action {index} of handler_spec: fill needs a value, and "
                f"{'only fill takes one' if action != 'fill' else 'it has none'}.")
        actions.append({**item, "action": action})
    return actions


class OverlayKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        # page -> {selector: the locator its handler was added with}, to remove it again.
        self._handlers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def _add(self, description: str, selector: str, actions: list[dict[str, Any]],
             noWaitAfter: bool, times: int | None) -> Step:  # noqa: N803
        if times is not None and times < 1:
            raise ParallelSessionsError(
                f"Invalid times '{times}': give 1 or more, or leave it out to handle the "
                f"element every time it appears.")
        strict = self.strict

        async def add(s):
            page = s.page

            async def handle(_=None):
                for item in actions:
                    options = {key: value for key, value in item.items()
                               if key not in ("action", "selector", "value")}
                    target = locate(page, item["selector"], strict=False)
                    if item["action"] == "fill":
                        await target.fill(str(item["value"]), **options)
                    else:
                        await getattr(target, item["action"])(**options)

            watched = locate(page, selector, strict=strict)
            await page.add_locator_handler(watched, handle, no_wait_after=noWaitAfter,
                                           times=times)
            self._handlers.setdefault(page, {})[selector] = watched

        return self.step(description, add)

    @concurrent_keyword(returns=None)
    def add_locator_handler_click(self, selector: str, click_selector: str, *,
                                  noWaitAfter: bool = True,  # noqa: N803 (Browser's names)
                                  times: int | None = None, click_clickCount: int = 1,  # noqa: N803
                                  click_delay: int = 0, click_force: bool = False) -> Step:
        """Clicks ``click_selector`` whenever ``selector`` is visible before an action.

        For overlays that come and go on their own, such as a cookie banner: the
        handler runs before the next action that the overlay would block, in the
        current page of the current session only. ``times`` removes it after that many
        runs; ``click_clickCount``, ``click_delay`` (milliseconds) and ``click_force`` are
        `Click With Options`' ``clickCount``, ``delay`` and ``force``. Same as the
        Browser library's keyword; `Remove Locator Handler` removes it.

        | Add Locator Handler Click | id=cookie-banner | id=accept-cookies |
        | Click | id=save | # the banner, if shown, is accepted first |
        """
        not_empty(click_selector, "click_selector",
                  "give the selector of the element to click, such as id=accept-cookies")
        if click_clickCount < 1 or click_delay < 0:
            raise ParallelSessionsError(
                f"Invalid click_clickCount '{click_clickCount}' or click_delay "
                f"'{click_delay}': give a count of 1 or more and a delay of 0 ms or more.")
        action = {"action": "click", "selector": click_selector, "click_count": click_clickCount,
                  "delay": click_delay, "force": click_force}
        return self._add(f"Add Locator Handler Click: {selector} -> {click_selector}",
                         selector, [action], noWaitAfter, times)

    @concurrent_keyword(returns=None)
    def add_locator_handler_custom(self, selector: str, handler_spec: list[dict],
                                   noWaitAfter: bool = True,  # noqa: N803 (Browser's name)
                                   times: int | None = None) -> Step:
        """Runs the actions of ``handler_spec`` whenever ``selector`` is visible before an action.

        ``handler_spec`` is a list of dictionaries, each with ``action`` (``click``,
        ``fill``, ``check`` or ``uncheck``), ``selector``, ``value`` for ``fill``, and any
        other Playwright option of that action (``force``...), not converted. Its
        selectors take the first match. Same as the Browser library's keyword.

        | ${spec}= | Evaluate | [{'action': 'fill', 'selector': '#why', 'value': 'later'}, {'action': 'click', 'selector': '#close'}] |
        | Add Locator Handler Custom | id=survey | ${spec} |
        """
        return self._add(f"Add Locator Handler Custom: {selector}", selector,
                         _checked_spec(handler_spec), noWaitAfter, times)

    @concurrent_keyword(returns=None)
    def remove_locator_handler(self, locator: str) -> Step:
        """Removes the handler added for ``locator`` on the current page.

        | Remove Locator Handler | id=cookie-banner |
        """
        async def remove(s):
            added = self._handlers.get(s.page, {})
            if locator not in added:
                known = ", ".join(f"'{name}'" for name in added) or "none"
                raise ParallelSessionsError(
                    f"Remove Locator Handler failed in session '{s.session_id}': no handler was "
                    f"added for '{locator}' on its current page (handlers: {known}).")
            await s.page.remove_locator_handler(added.pop(locator))

        return self.step(f"Remove Locator Handler: {locator}", remove)
