"""Keyboard keywords, with the Browser library's names and argument order: typing into an
element, and the virtual keyboard that acts wherever the focus is."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum

from robot.api import logger
from robot.api.types import Secret

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import InvalidArgument, duration_ms
from ..rf.secret_placeholders import resolve_secret


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
    """Keys held during a click, a hover or a tap."""

    Alt = "Alt"
    Control = "Control"
    ControlOrMeta = "ControlOrMeta"
    Meta = "Meta"
    Shift = "Shift"


class KeyboardArgumentError(ParallelSessionsError):
    """A keyboard keyword got arguments that do not go together."""


def ms_of(delay: timedelta, argument: str = "delay") -> float:
    """A ``delay`` in ms: negative or longer than 24 hours is refused (rf/inputs.py)."""
    return duration_ms(delay, argument)


def browser_delay(delay: int | timedelta, keyword: str) -> timedelta:
    """A ``delay`` given as Browser takes it: a time, or (the old way) a number of milliseconds."""
    if isinstance(delay, timedelta):
        return delay
    logger.warn(f"Keyword '{keyword}' will not support int in ms for 'delay' in the future. "
                f"Use timedelta with units ('ms' or 's') instead.")
    return timedelta(milliseconds=delay)


class KeyboardKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def focus(self, selector: str, *, timeout: timedelta | None = None) -> Step:
        """Moves the keyboard focus to element ``selector``.

        | Focus | id=search |
        | Keyboard Key | press | Enter |
        """
        ms, strict = self.timeout_ms(timeout), self.strict
        return self.step(f"Focus '{selector}'",
                         lambda s: locate(s.page, selector, strict=strict).focus(timeout=ms),
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
                          f"Type Text '{selector}' with '{self.library.secrets.shown(txt)}'")

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
        per_key = ms_of(delay)
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
        ms, strict = self.timeout_ms(timeout), self.strict
        return self.step(f"Clear Text '{selector}'",
                         lambda s: locate(s.page, selector, strict=strict).clear(timeout=ms),
                         timeout_ms=ms, selector=selector)

    @concurrent_keyword(returns=None)
    def keyboard_key(self, action: KeyAction, key: str, *, delay: timedelta = timedelta(0),
                     timeout: timedelta | None = None) -> Step:
        """Presses (``press``), holds down (``down``) or releases (``up``) ``key`` wherever the focus is.

        Key names follow Playwright: ``Enter``, ``Escape``, ``Tab``, ``ArrowDown``,
        ``F1`` - ``F12``, ``KeyA`` - ``KeyZ``, ``Digit0`` - ``Digit9``, ``Shift``,
        ``Control``, ``Alt``, ``Meta``, ``Control+A``, or a character such as ``a``
        or ``S`` (capitals need no Shift). ``down`` and ``up`` hold a key while
        other keys are pressed or the mouse acts (see `Mouse Button`). ``delay``
        is how long ``press`` holds the key between keydown and keyup; with
        ``down`` or ``up`` it is an error.

        | Keyboard Key | press | Escape |
        | Keyboard Key | press | S | delay=500 ms |
        | Keyboard Key | down | Shift |
        | Keyboard Key | press | ArrowLeft |
        | Keyboard Key | up | Shift |
        """
        if delay and action is not KeyAction.press:
            raise KeyboardArgumentError("delay is only valid if action is 'press'")
        ms = self.timeout_ms(timeout)
        held = ms_of(delay)

        async def key_action(s):
            keyboard = s.page.keyboard
            if action is KeyAction.press:
                await keyboard.press(key, delay=held)
            else:
                await getattr(keyboard, action.value)(key)

        description = f"Keyboard Key {action.value} '{key}'"
        if delay:
            description += f" held {held:g} ms"
        return self.step(description, key_action, timeout_ms=ms + held)

    @concurrent_keyword(returns=None)
    def keyboard_input(self, action: KeyboardInputAction, input: str,
                       delay: int | timedelta = timedelta(0), *,
                       timeout: timedelta | None = None) -> Step:
        """Enters ``input`` wherever the focus is: key by key (``type``) or at once (``insertText``).

        ``type`` sends keydown, keypress/input and keyup for every character,
        waiting ``delay`` between keys; ``insertText`` sends only an input event,
        like a paste. Special keys and modifiers are `Keyboard Key`'s job. As in
        the Browser library, a ``delay`` without a unit is milliseconds (with a
        warning that this form is going away): give ``50 ms``.

        | Focus | id=notes |
        | Keyboard Input | type | Hello | delay=20 ms |
        | Keyboard Input | insertText | pasted text |
        """
        ms = self.timeout_ms(timeout)
        per_key = ms_of(browser_delay(delay, "Keyboard Input"))

        async def enter(s):
            if action is KeyboardInputAction.type:
                await s.page.keyboard.type(input, delay=per_key)
            else:
                await s.page.keyboard.insert_text(input)

        return self.step(f"Keyboard Input {action.value} '{input}'", enter,
                         timeout_ms=ms + per_key * len(input))
