"""Run-time settings a keyword changes for a while: the Browser library's ``scope``.

`Set Strict Mode`, `Set Browser Timeout` and `Set Retry Assertions For` each change one
:class:`ScopedSetting` for a :class:`Scope`, as in the Browser library:

- ``Global``: from now on, everywhere (every running suite and test takes it too).
- ``Suite``: until the innermost running suite ends; its child suites and tests inherit it.
  Set inside a test it is the test's suite that changes (the test too, at once).
- ``Test`` (or ``Task``): until the running test ends.

The listener (listener.py) calls :meth:`ScopedSettings.enter` as each suite and test starts and
:meth:`ScopedSettings.leave` as it ends; leaving drops what was set for that scope, so the value
of the enclosing one is in force again. Outside a Robot run (no suite has started) every scope
is ``Global``, as in the Browser library.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Callable

from ..core.errors import ScopeError

if TYPE_CHECKING:
    from ..library import ParallelSessions

GLOBAL_TAG = "global"


class Scope(Enum):
    """How long a setting changed by `Set Strict Mode`, `Set Browser Timeout` or
    `Set Retry Assertions For` lasts: ``Global`` (until changed again), ``Suite`` (until
    the running suite ends; child suites and tests inherit it) or ``Test`` / ``Task``
    (until the running test ends). Ending a scope brings back the value of the enclosing one."""

    Global = "Global"
    Suite = "Suite"
    Test = "Test"
    Task = "Test"


@dataclass
class _Frame:
    kind: str  # "global", "suite" or "test"
    tag: str
    value: Any


class ScopedSetting:
    """One setting's value for each running suite and test; the innermost one is in force.

    ``on_change(value)`` is called whenever the value in force changes (by `set` or
    because a scope ended), e.g. to tell open browser contexts a new default timeout.
    """

    def __init__(self, name: str, value: Any,
                 on_change: Callable[[Any], None] | None = None):
        self.name = name
        self.on_change = on_change
        self._frames: list[_Frame] = [_Frame("global", GLOBAL_TAG, value)]

    @property
    def value(self) -> Any:
        """The value in force now."""
        return self._frames[-1].value

    def enter(self, kind: str, tag: str) -> None:
        """A suite or test (``kind``) starts: it inherits the value in force."""
        self._frames.append(_Frame(kind, tag, self.value))

    def leave(self, tag: str) -> None:
        """The suite or test ``tag`` ends: what was set for it (and inside it) is dropped."""
        index = next((i for i in range(len(self._frames) - 1, 0, -1)
                      if self._frames[i].tag == tag), None)
        if index is None:
            return
        before = self.value
        del self._frames[index:]
        self._changed(before)

    def set(self, value: Any, scope: Scope = Scope.Suite, keyword: str = "") -> Any:
        """Sets ``value`` for ``scope``; returns the value in force before."""
        before = self.value
        suites = [i for i, frame in enumerate(self._frames) if frame.kind == "suite"]
        if not suites:
            scope = Scope.Global  # outside a Robot run, as in the Browser library
        if scope is Scope.Global:
            first = 0
        elif scope is Scope.Suite:
            first = suites[-1]  # the suite, and the test running in it
        else:
            if self._frames[-1].kind != "test":
                raise ScopeError(
                    f"{keyword or self.name}: setting for test/task can not be set on suite "
                    f"level: scope=Test works only inside a test; here use Suite or Global.")
            first = len(self._frames) - 1
        for frame in self._frames[first:]:
            frame.value = value
        self._changed(before)
        return before

    def _changed(self, before: Any) -> None:
        if self.on_change is not None and self.value != before:
            self.on_change(self.value)


class ScopedSettings:
    """The library's scoped settings, entered and left together by the listener."""

    def __init__(self, *settings: ScopedSetting):
        self._settings = {setting.name: setting for setting in settings}

    def __getitem__(self, name: str) -> ScopedSetting:
        return self._settings[name]

    def enter(self, kind: str, tag: str) -> None:
        for setting in self._settings.values():
            setting.enter(kind, tag)

    def leave(self, tag: str) -> None:
        for setting in self._settings.values():
            setting.leave(tag)


def run_time_settings(library: "ParallelSessions") -> ScopedSettings:
    """The library's scoped settings, starting from its import arguments.

    ``strict_mode`` (bool), ``timeout`` (seconds) and ``retry_assertions_for`` (seconds,
    or None: retry until the keyword's timeout). A new ``timeout`` also becomes the
    default timeout of open browser contexts and of the ones opened later.
    """
    def timeout_changed(seconds: float) -> None:
        runtime = library.runtime
        runtime.manager.timeout = seconds
        if not runtime.browser_started:
            return

        async def apply() -> None:
            for handle in runtime.manager.sessions():
                if handle.context is not None:
                    handle.context.set_default_timeout(seconds * 1000)

        runtime.run(apply(), timeout=5)

    settings = library.settings
    return ScopedSettings(
        ScopedSetting("strict_mode", True),
        ScopedSetting("timeout", settings.timeout, on_change=timeout_changed),
        ScopedSetting("retry_assertions_for", settings.retry_assertions_for))
