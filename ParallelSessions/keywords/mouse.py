"""Mouse and touch keywords, with the Browser library's names and argument order: acting on an
element (hover, click, drag, tap) and the virtual mouse that acts at page coordinates."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from enum import Enum

from playwright.async_api import Error as PlaywrightError

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import whole_number
from .keyboard import KeyModifier, browser_delay, ms_of


class MouseButton(Enum):
    """Which mouse button `Click With Options` or `Mouse Button` presses."""

    left = "left"
    middle = "middle"
    right = "right"


class MouseButtonAction(Enum):
    """What `Mouse Button` does: a whole click, or only pressing or releasing the button."""

    click = "click"
    down = "down"
    up = "up"


class MouseArgumentError(ParallelSessionsError):
    """A mouse keyword got arguments that do not go together."""


class MouseTargetError(ParallelSessionsError):
    """The element a mouse keyword measures from has no position on the page."""


class TouchNotSupportedError(ParallelSessionsError):
    """`Tap` in a session whose browser context has no touch screen."""


class MouseKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def hover(self, selector: str, position_x: float | None = None,
              position_y: float | None = None, force: bool = False, *modifiers: KeyModifier,
              timeout: timedelta | None = None) -> Step:
        """Moves the mouse over element ``selector`` (at ``position_x``, ``position_y`` in it).

        Opens hover menus and tooltips. ``force=True`` skips the actionability checks;
        ``modifiers`` are keys held meanwhile. The position is used only when both
        ``position_x`` and ``position_y`` are given, as in the Browser library.

        | Hover | nav .account-menu |
        | Click | text=Sign out |
        """
        ms, strict = self.timeout_ms(timeout), self.strict
        # As in the Browser library, a position needs both coordinates.
        both = position_x is not None and position_y is not None
        position = _position(position_x, position_y) if both else None
        keys = [m.value for m in modifiers]
        return self.step(f"Hover '{selector}'",
                         lambda s: locate(s.page, selector, strict=strict).hover(
                             timeout=ms, position=position, force=force, modifiers=keys),
                         timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def click_with_options(self, selector: str, button: MouseButton = MouseButton.left,
                           *modifiers: KeyModifier, clickCount: int = 1,  # noqa: N803
                           delay: timedelta | None = None, force: bool = False,
                           noWaitAfter: bool = False,  # noqa: N803 (Browser's names)
                           position_x: float | None = None,
                           position_y: float | None = None, trial: bool = False,
                           timeout: timedelta | None = None) -> Step:
        """Clicks element ``selector`` with another ``button``, several times, or with keys held.

        The Browser library's `Click With Options`, argument for argument:
        ``modifiers`` are keys held during the click (``Alt``, ``Control``,
        ``ControlOrMeta``, ``Meta``, ``Shift``; give ``button`` before them);
        ``clickCount=2`` double-clicks; ``delay`` is the time between pressing and
        releasing; ``force=True`` skips the actionability checks;
        ``noWaitAfter=True`` does not wait for a navigation the click starts;
        ``position_x`` and ``position_y`` (both, or the position is ignored) are
        the point clicked, from the element's top-left corner; ``trial=True``
        only waits until the element could be clicked, and does not click.

        | Click With Options | tr.row | right |
        | Click With Options | li.item | left | Shift |
        | Click With Options | .cell | clickCount=2 | delay=100 ms |
        | Click With Options | id=save | trial=True |
        """
        ms, strict = self.timeout_ms(timeout), self.strict
        whole_number(clickCount, "clickCount")
        both = position_x is not None and position_y is not None
        options = {"button": button.value, "click_count": clickCount, "force": force,
                   "modifiers": [m.value for m in modifiers], "no_wait_after": noWaitAfter,
                   "position": _position(position_x, position_y) if both else None,
                   "delay": ms_of(delay) if delay else 0, "trial": trial}
        what = "trial, no click" if trial else f"{button.value}, {clickCount}x"
        return self.step(f"Click With Options '{selector}' ({what})",
                         lambda s: locate(s.page, selector, strict=strict).click(
                             timeout=ms, **options),
                         timeout_ms=ms + options["delay"] * clickCount, selector=selector)

    @concurrent_keyword(returns=None)
    def drag_and_drop(self, selector_from: str, selector_to: str, steps: int = 1, *,
                      timeout: timedelta | None = None) -> Step:
        """Drags element ``selector_from`` with the mouse and drops it on ``selector_to``.

        ``steps`` is how many mouse moves the drag takes (some pages need several).
        See also `Drag And Drop Relative To` and `Drag And Drop By Coordinates`.

        | Drag And Drop | #card-3 | #column-done |
        """
        whole_number(steps, "steps", example=10)
        ms, strict = self.timeout_ms(timeout), self.strict

        async def drag(s):
            await locate(s.page, selector_from, strict=strict).drag_to(
                locate(s.page, selector_to, strict=strict), timeout=ms, steps=steps)

        return self.step(f"Drag And Drop '{selector_from}' to '{selector_to}'", drag,
                         timeout_ms=ms, selector=selector_from)

    @concurrent_keyword(returns=None)
    def scroll_to_element(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Scrolls the page until element ``selector`` is in view.

        | Scroll To Element | footer |
        """
        ms, strict = self.timeout_ms(timeout), self.strict
        return self.step(f"Scroll To Element '{selector}'",
                         lambda s: locate(s.page, selector, strict=strict)
                         .scroll_into_view_if_needed(timeout=ms),
                         timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def mouse_button(self, action: MouseButtonAction, x: float | None = None,
                     y: float | None = None, button: MouseButton = MouseButton.left,
                     clickCount: int = 1, delay: int | timedelta = timedelta(0), *,
                     timeout: timedelta | None = None) -> Step:
        """Clicks (``click``), presses (``down``) or releases (``up``) a mouse ``button``.

        With ``x`` and ``y`` the mouse first moves there (page coordinates, see
        `Mouse Move`); without them it acts where the mouse is. ``clickCount`` is how
        many clicks ``click`` makes: each press and release counts up as a user's
        do (the page sees ``detail`` 1, 2 ... and ``dblclick`` after the second);
        with ``down`` and ``up`` it is the count the event reports. ``delay``,
        only with ``click``, is the time between pressing and releasing; as in the
        Browser library a number without a unit is milliseconds (with a warning).

        Between ``down`` and ``up`` the mouse can move (`Mouse Move`, `Mouse Move
        Relative To`): a drag the page follows event by event.

        | Mouse Button | click | 120 | 80 |
        | Mouse Button | click | button=right |
        | Mouse Button | click | 120 | 80 | clickCount=2 | delay=100 ms |
        | Hover | \\#slider |
        | Mouse Button | down |
        | Mouse Move Relative To | \\#slider | 50 |
        | Mouse Button | up |
        """
        if (x is None) != (y is None):
            raise MouseArgumentError(
                f"Mouse Button got only {'x' if y is None else 'y'}: give both x and y to move "
                f"the mouse there first, or neither to act where the mouse is.")
        held = ms_of(browser_delay(delay, "Mouse Button"))
        if held and action is not MouseButtonAction.click:
            raise MouseArgumentError("Delay is only valid on 'click' action.")
        ms = self.timeout_ms(timeout)
        which = button.value

        async def press(s):
            mouse = s.page.mouse
            if x is not None:
                await mouse.move(x, y)
            if action is MouseButtonAction.down:
                await mouse.down(button=which, click_count=clickCount)
            elif action is MouseButtonAction.up:
                await mouse.up(button=which, click_count=clickCount)
            else:
                for count in range(1, clickCount + 1):
                    await mouse.down(button=which, click_count=count)
                    if held:
                        await asyncio.sleep(held / 1000)  # the press itself lasts this long
                    await mouse.up(button=which, click_count=count)

        where = "" if x is None else f" at {x:g}, {y:g}"
        times = f" {clickCount}x" if clickCount != 1 else ""
        return self.step(f"Mouse Button {action.value} {which}{times}{where}", press,
                         timeout_ms=ms + held * clickCount)

    @concurrent_keyword(returns=None)
    def mouse_move(self, x: float, y: float, steps: int = 1, *,
                   timeout: timedelta | None = None) -> Step:
        """Moves the virtual mouse to ``x``, ``y`` (pixels from the page's top left corner in view).

        ``steps`` is how many mousemove events the way there takes; pages that
        follow a drag often need several. The mouse stays there for the next
        `Mouse Button`, `Mouse Wheel` or move.

        | Mouse Move | 400 | 400 |
        | Mouse Move | 400 | 100 | steps=10 |
        """
        ms = self.timeout_ms(timeout)
        return self.step(f"Mouse Move to {x:g}, {y:g}",
                         lambda s: s.page.mouse.move(x, y, steps=steps), timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def mouse_move_relative_to(self, selector: str, x: float = 0.0, y: float = 0.0,
                               steps: int = 1, *, timeout: timedelta | None = None) -> Step:
        """Moves the virtual mouse to ``x``, ``y`` pixels from the centre of element ``selector``.

        The element must be visible; ``steps`` as in `Mouse Move`. Uses strict
        mode: a selector that matches several elements is an error, unless strict
        mode is off.

        | Mouse Move Relative To | id=indicator | -100 |
        | Mouse Move Relative To | id=indicator | 0 | 40 | steps=5 |
        """
        ms, strict = self.timeout_ms(timeout), self.strict

        async def move(s):
            cx, cy = await _centre(s, selector, strict, ms, "Mouse Move Relative To")
            await s.page.mouse.move(cx + x, cy + y, steps=steps)

        return self.step(f"Mouse Move Relative To '{selector}' by {x:g}, {y:g}", move,
                         timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def mouse_wheel(self, deltaX: int, deltaY: int, *,
                    timeout: timedelta | None = None) -> Step:
        """Turns the mouse wheel by ``deltaX`` pixels across and ``deltaY`` down where the mouse is.

        The page scrolls (or the element under the mouse does) as for a user's
        wheel; move the mouse over it first.

        | Hover | body |
        | Mouse Wheel | 0 | 250 |
        """
        ms = self.timeout_ms(timeout)
        return self.step(f"Mouse Wheel {deltaX}, {deltaY}",
                         lambda s: s.page.mouse.wheel(deltaX, deltaY), timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def drag_and_drop_by_coordinates(self, from_x: float, from_y: float, to_x: float,
                                     to_y: float, steps: int = 1, *,
                                     timeout: timedelta | None = None) -> Step:
        """Drags with the left mouse button from ``from_x``, ``from_y`` to ``to_x``, ``to_y``.

        The mouse moves to the start, presses, moves to the end in ``steps``
        mousemove events and releases. Coordinates are pixels from the top left
        corner of the page in view (as in `Mouse Move`).

        | Drag And Drop By Coordinates | from_x=30 | from_y=30 | to_x=10 | to_y=10 | steps=20 |
        """
        ms = self.timeout_ms(timeout)

        async def drag(s):
            await _drag(s.page.mouse, (from_x, from_y), (to_x, to_y), steps)

        return self.step(f"Drag And Drop By Coordinates from {from_x:g}, {from_y:g} to "
                         f"{to_x:g}, {to_y:g}", drag, timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def drag_and_drop_relative_to(self, selector_from: str, x: float = 0.0, y: float = 0.0,
                                  steps: int = 1, *,
                                  timeout: timedelta | None = None) -> Step:
        """Drags element ``selector_from`` by its centre ``x`` pixels across and ``y`` down.

        Handy for sliders and swipes. The mouse moves to the element's centre,
        presses the left button, moves in ``steps`` mousemove events and releases.
        Uses strict mode: a selector that matches several elements is an error,
        unless strict mode is off.

        | Drag And Drop Relative To | id=handle | -20 | 0 |
        """
        ms, strict = self.timeout_ms(timeout), self.strict

        async def drag(s):
            cx, cy = await _centre(s, selector_from, strict, ms, "Drag And Drop Relative To")
            await _drag(s.page.mouse, (cx, cy), (cx + x, cy + y), steps)

        return self.step(f"Drag And Drop Relative To '{selector_from}' by {x:g}, {y:g}", drag,
                         timeout_ms=ms, selector=selector_from)

    @concurrent_keyword(returns=None)
    def tap(self, selector: str, *modifiers: KeyModifier, force: bool = False,
            noWaitAfter: bool = False, position_x: int | None = None,
            position_y: int | None = None, trial: bool = False,
            timeout: timedelta | None = None) -> Step:
        """Taps element ``selector`` on the touch screen, in a session opened with touch.

        Touch comes with a touch device: open the session with, for example,
        ``device=Pixel 7`` or ``device=iPhone 13`` (the Browser library's
        ``hasTouch=True`` of New Context). ``modifiers`` are keys held during the
        tap; ``position_x`` and ``position_y`` (both or neither) a point in the
        element from its top left corner, its centre by default; ``force=True``
        skips the actionability checks and ``trial=True`` only performs them.
        ``noWaitAfter`` has no effect, as in Playwright. Uses strict mode: a
        selector that matches several elements is an error, unless strict mode is
        off.

        | Open Session | anonymous | device=Pixel 7 |
        | Go To | /shop |
        | Tap | css=button#buy |
        """
        if (position_x is None) != (position_y is None):
            raise MouseArgumentError(
                f"Tap got only {'position_x' if position_y is None else 'position_y'}: give "
                f"both position_x and position_y for a point in the element, or neither to tap "
                f"its centre.")
        ms, strict = self.timeout_ms(timeout), self.strict
        options = {"modifiers": [m.value for m in modifiers], "force": force, "trial": trial,
                   "position": _position(position_x, position_y)}

        async def tap_it(s):
            try:
                await locate(s.page, selector, strict=strict).tap(timeout=ms, **options)
            except PlaywrightError as error:
                if "does not support tap" not in str(error):
                    raise
                raise TouchNotSupportedError(
                    f"Tap '{selector}' failed in session '{s.session_id}': the session has no "
                    f"touch screen. Open it with a touch device, for example device=Pixel 7 or "
                    f"device=iPhone 13, or use Click.") from None

        return self.step(f"Tap '{selector}'", tap_it, timeout_ms=ms, selector=selector)


async def _centre(session, selector: str, strict: bool, ms: float,
                  keyword: str) -> tuple[float, float]:
    """The centre of element ``selector``'s bounding box in page coordinates."""
    box = await locate(session.page, selector, strict=strict).bounding_box(timeout=ms)
    if box is None:
        raise MouseTargetError(
            f"{keyword} '{selector}' failed in session '{session.session_id}': the element is "
            f"not visible, so it has no position to move the mouse from; wait until it is "
            f"visible (Wait For Element    {selector}    visible).")
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


async def _drag(mouse, start: tuple[float, float], end: tuple[float, float], steps: int) -> None:
    await mouse.move(*start)
    await mouse.down()
    await mouse.move(*end, steps=steps)
    await mouse.up()


def _position(x: float | None, y: float | None) -> dict[str, float] | None:
    if x is None and y is None:
        return None
    return {"x": x or 0, "y": y or 0}
