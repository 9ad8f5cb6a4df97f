"""The Browser library's run-time settings: strict mode, timeout, assertion retry, scoped.

Each keyword returns the value in force before, so that a suite can put it back, and takes
the Browser library's ``scope`` (see rf/scoped.py): ``Global``, ``Suite`` (the default) or
``Test``, after which the value of the enclosing scope is in force again.
"""

from __future__ import annotations

from datetime import timedelta

from robot.api.deco import keyword
from robot.utils import secs_to_timestr

from ..core.durations import MAX_WAIT_SECONDS, MAX_WAIT_TEXT
from ..core.errors import ParallelSessionsError
from ..rf.component import LibraryComponent
from ..rf.scoped import Scope
from ..rf.inputs import shown_time


class SettingKeywords(LibraryComponent):

    @keyword
    def set_strict_mode(self, mode: bool, scope: Scope = Scope.Suite) -> bool:
        """Sets strict mode; returns the strict mode in force before, as in the Browser library.

        Strict mode is on when the library is imported: a keyword that acts on or reads one
        element (`Click`, `Get Text`, `Select Options By` ...) fails when ``selector``
        matches several, and lists them; so does a selector whose frame part matches several
        frames (``iframe`` in ``iframe >>> #save``). With ``mode`` ``False`` such a keyword
        acts on the first match instead, in the first of those frames, as in the Browser
        library. `Get Element Count` always counts every match, and
        `Wait For Element` and `Element Should Not Be Visible` always look at the first.

        ``scope`` is how long the new mode lasts: ``Global``, ``Suite`` (the default: until
        the running suite ends) or ``Test`` (until the running test ends); see the ``Scope`` type.
        A step of `Run In Sessions Concurrently` uses the mode in force when the keyword was
        called.

        | ${old}= | Set Strict Mode | False |
        | Get Text | li.item | == | first item | # the first of several matches |
        | Set Strict Mode | ${old} |
        | Set Strict Mode | False | scope=Test | # strict again after this test |
        """
        return self.library.scoped["strict_mode"].set(bool(mode), scope, "Set Strict Mode")

    @keyword
    def set_browser_timeout(self, timeout: timedelta, scope: Scope = Scope.Suite) -> str:
        """Sets the timeout of the page keywords; returns the previous one (``10 seconds``).

        The new timeout is the default of every keyword that takes ``timeout=`` (one given
        to the keyword still wins) and of the sessions' browser contexts, open and opened
        later. It replaces the import argument ``timeout`` for ``scope``: ``Global``,
        ``Suite`` (the default: until the running suite ends) or ``Test`` (until the
        running test ends); see the ``Scope`` type. A step of `Run In Sessions Concurrently` uses
        the timeout in force when the keyword was called.

        | ${old}= | Set Browser Timeout | 1 min 30 s |
        | Click | id=export |
        | Set Browser Timeout | ${old} |
        | Set Browser Timeout | 2s | scope=Test |
        """
        seconds = timeout.total_seconds()
        if not 0 < seconds <= MAX_WAIT_SECONDS:
            raise ParallelSessionsError(
                f"Set Browser Timeout: invalid timeout '{shown_time(seconds)}': give a "
                f"positive time of at most {MAX_WAIT_TEXT}, such as 10s "
                f"or 1 min.")
        old = self.library.scoped["timeout"].set(seconds, scope, "Set Browser Timeout")
        return secs_to_timestr(old)

    @keyword
    def set_retry_assertions_for(self, timeout: timedelta | None,
                                 scope: Scope = Scope.Suite) -> str | None:
        """Sets how long a getter retries a failing assertion; returns the previous value.

        A getter with an assertion operator (`Get Text`, `Get Select Options` ...) waits
        for its element up to its timeout (see `Set Browser Timeout`); once it has read a
        value and the assertion fails, it reads again for ``timeout``, then fails, as in
        the Browser library. ``0`` fails at the first value that does not hold.

        *Different from the Browser library:* its default is 1 second; here, unless this
        keyword or the import argument ``retry_assertions_for`` sets it, a getter retries
        until its own timeout ends. Sessions wait for each other: a change another actor
        makes often lands later than a second. The value returned is then ``None``, and
        ``None`` given back restores that default.

        ``scope`` is ``Global``, ``Suite`` (the default) or ``Test``; see the ``Scope`` type. A step
        of `Run In Sessions Concurrently` uses the value in force when the keyword was
        called.

        | Set Browser Timeout | 10 seconds |
        | ${old}= | Set Retry Assertions For | 2s |
        | Get Title | == | Login Page | # fails about 2 seconds after the page had another title |
        | Set Retry Assertions For | ${old} |
        """
        seconds = None if timeout is None else timeout.total_seconds()
        if seconds is not None and not 0 <= seconds <= MAX_WAIT_SECONDS:
            raise ParallelSessionsError(
                f"Set Retry Assertions For: invalid time '{shown_time(seconds)}': give "
                f"0 or a positive time of at most {MAX_WAIT_TEXT} such as 1s or 500 ms, or None "
                f"to retry until each "
                f"keyword's timeout.")
        old = self.library.scoped["retry_assertions_for"].set(seconds, scope,
                                                              "Set Retry Assertions For")
        return None if old is None else secs_to_timestr(old)
