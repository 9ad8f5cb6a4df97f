"""Mouse and keyboard keywords, with the Browser library's names and argument order."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum

from robot.api.types import Secret

from ..concurrency.step import Step
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import InvalidArgument, duration_ms, whole_number
from ..rf.secret_placeholders import resolve_secret


class MouseButton(Enum):
    """Which mouse button `Click With Options` presses."""

    left = "left"
    middle = "middle"
    right = "right"


class KeyAction(Enum):
    """What `Keyboard Key` does with a key."""

    press = "press"
    down = "down"
    up = "up"


class KeyboardInputAction(Enum):
    """How `Keyboard Input` enters text: key by key, or all at once like a paste."""

    type = "type"
    insertText = "insertText"


class KeyModifier(Enum):
    """Keys held during a click or hover."""

    Alt = "Alt"
    Control = "Control"
    ControlOrMeta = "ControlOrMeta"
    Meta = "Meta"
    Shift = "Shift"


def _ms(delay: timedelta) -> float:
    """A ``delay`` in ms: negative or longer than 24 hours is refused (rf/inputs.py)."""
    return duration_ms(delay, "delay")


class KeyboardMouseKeywords(LibraryComponent):

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
        ms = self.timeout_ms(timeout)
        strict = self.strict
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
                           *modifiers: KeyModifier, clickCount: int = 1,
                           delay: timedelta | None = None, force: bool = False,
                           noWaitAfter: bool = False, position_x: float | None = None,
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
        ms = self.timeout_ms(timeout)
        whole_number(clickCount, "clickCount")
        strict = self.strict
        both = position_x is not None and position_y is not None
        options = {"button": button.value, "click_count": clickCount, "force": force,
                   "modifiers": [m.value for m in modifiers], "no_wait_after": noWaitAfter,
                   "position": _position(position_x, position_y) if both else None,
                   "delay": _ms(delay) if delay else 0, "trial": trial}
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

        | Drag And Drop | #card-3 | #column-done |
        """
        ms = self.timeout_ms(timeout)
        whole_number(steps, "steps", example=10)
        strict = self.strict  # strict mode in force when the step is built

        async def drag(s):
            await locate(s.page, selector_from, strict).drag_to(locate(s.page, selector_to, strict), timeout=ms,
                                                        steps=steps)

        return self.step(f"Drag And Drop '{selector_from}' to '{selector_to}'", drag,
                        timeout_ms=ms, selector=selector_from)

    @concurrent_keyword(returns=None)
    def scroll_to_element(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Scrolls the page until element ``selector`` is in view.

        | Scroll To Element | footer |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.step(f"Scroll To Element '{selector}'",
                        lambda s: locate(s.page, selector, strict).scroll_into_view_if_needed(timeout=ms),
                        timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def focus(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Moves the keyboard focus to element ``selector``.

        | Focus | id=search |
        | Keyboard Key | press | Enter |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        return self.step(f"Focus '{selector}'",
                        lambda s: locate(s.page, selector, strict).focus(timeout=ms),
                        timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def type_text(self, selector: str, txt: str | None, delay: timedelta = timedelta(0),
                  clear: bool = True, *, timeout: timedelta | None = None) -> Step:
        """Types ``txt`` into ``selector`` key by key, as a user does; ``delay`` between keys.

        Unlike `Fill Text`, every key fires its keyboard events, which pages with
        type-ahead or input masks need. ``clear=True`` empties the field first.
        For passwords and tokens use `Type Secret`.

        | Type Text | id=search | parallel | delay=50 ms |
        """
        if txt is None:  # txt is "str | None" only so that ${None} is not typed as "None"
            raise InvalidArgument("Invalid txt None: give a text to type.")
        return self._type(selector, txt, delay, clear, timeout,
                          f"Type Text '{selector}' with '{txt}'")

    @concurrent_keyword(returns=None)
    def type_secret(self, selector: str, secret: Secret | str, delay: timedelta = timedelta(0),
                    clear: bool = True, *, timeout: timedelta | None = None) -> Step:
        """Types ``secret`` into ``selector`` key by key without writing it to any log.

        Like `Fill Secret`, but key by key (see `Type Text`). ``secret`` is a
        ``Secret``, ``$name`` (the Robot variable ``${name}``, looked up by the
        keyword) or ``%NAME`` (the environment variable ``NAME``), as in the
        Browser library; see `Fill Secret` and `Secrets`.

        | Type Secret | id=pin | ${pin} |
        | Type Secret | id=pin | $pin |
        | Type Secret | id=pin | %PIN |
        """
        text = resolve_secret(secret, "Type Secret")
        self.library.secrets.add(text)
        return self._type(selector, text, delay, clear, timeout,
                          f"Type Secret '{selector}' with '*****'", masked=True)

    def _type(self, selector: str, text: str, delay: timedelta, clear: bool,
              timeout: timedelta | None, description: str, masked: bool = False) -> Step:
        ms = self.timeout_ms(timeout)
        strict = self.strict  # strict mode in force when the step is built
        per_key = _ms(delay)
        strict = self.strict

        async def type_in(s):
            locator = locate(s.page, selector, strict=strict)
            if clear:
                await locator.clear(timeout=ms)
            await locator.press_sequentially(text, delay=per_key, timeout=ms)
            if masked and selector not in s.masked_selectors:
                s.masked_selectors.append(selector)

        return self.step(description, type_in, timeout_ms=ms + per_key * len(text),
                        selector=selector)

    @concurrent_keyword(returns=None)
    def clear_text(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Empties the text field ``selector``.

        | Clear Text | id=name |
        """
        ms = self.timeout_ms(timeout)
        strict = self.strict
        return self.step(f"Clear Text '{selector}'",
                         lambda s: locate(s.page, selector, strict=strict).clear(timeout=ms),
                         timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def keyboard_key(self, action: KeyAction, key: str, *,
                     timeout: timedelta | None = None) -> Step:
        """Presses, holds down or releases ``key`` wherever the focus is.

        Key names follow Playwright: ``Enter``, ``Escape``, ``Tab``, ``ArrowDown``,
        ``Shift``, ``Control+A``, ``a``.

        | Keyboard Key | press | Escape |
        | Keyboard Key | down | Shift |
        | Keyboard Key | up | Shift |
        """
        ms = self.timeout_ms(timeout)
        operations = {KeyAction.press: "press", KeyAction.down: "down", KeyAction.up: "up"}

        async def key_action(s):
            await getattr(s.page.keyboard, operations[action])(key)

        return self.step(f"Keyboard Key {action.value} '{key}'", key_action, timeout_ms=ms)

    @concurrent_keyword(returns=None)
    def keyboard_input(self, action: KeyboardInputAction, input: str,
                       delay: timedelta = timedelta(0), *,
                       timeout: timedelta | None = None) -> Step:
        """Enters ``input`` wherever the focus is: key by key (``type``) or at once (``insertText``).

        | Focus | id=notes |
        | Keyboard Input | type | Hello | delay=20 ms |
        | Keyboard Input | insertText | pasted text |
        """
        ms = self.timeout_ms(timeout)

        async def enter(s):
            if action is KeyboardInputAction.type:
                await s.page.keyboard.type(input, delay=_ms(delay))
            else:
                await s.page.keyboard.insert_text(input)

        return self.step(f"Keyboard Input {action.value} '{input}'", enter,
                        timeout_ms=ms + _ms(delay) * len(input))


def _position(x: float | None, y: float | None) -> dict[str, float] | None:
    if x is None and y is None:
        return None
    return {"x": x or 0, "y": y or 0}
