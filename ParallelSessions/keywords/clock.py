"""The clock: the time the current session's pages see, fixed or moved on at will.

Each session has its own clock (Playwright's clock of its BrowserContext), so a user's
pages can be a day ahead while the admin's run on the real time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from ..concurrency.step import Step
from ..core.durations import describe_seconds
from ..core.errors import ParallelSessionsError
from ..rf.component import LibraryComponent, concurrent_keyword


class ClockType(Enum):
    """How `Set Time` sets the clock.

    ``install``: fake timers that run from that time and that `Advance Clock`, `Pause At`
    and `Resume Clock` control. ``fixed``: ``Date.now()`` and ``new Date()`` always give
    that time; timers keep running. ``system``: the time moves there, no timer fires.
    """

    install = "install"
    fixed = "fixed"
    system = "system"


class CLockAdvanceType(Enum):  # noqa: N801 (the Browser library's name, capital L included)
    """How `Advance Clock` moves time on: ``fast_forward`` jumps, firing due timers at most
    once (a laptop lid closed and opened); ``run_for`` fires every timer on the way."""

    fast_forward = "fast_forward"
    run_for = "run_for"


class ClockKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def set_time(self, time: datetime, clock_type: ClockType = ClockType.install) -> Step:
        """Sets the time the current session's pages see.

        ``time`` is in Robot Framework's date format (``2024-10-31 17:34:00``). With
        ``install`` (the default) the pages' timers become fake ones that `Advance Clock`
        moves on; ``fixed`` keeps ``Date.now()`` at ``time`` while timers run; ``system``
        moves the time there without firing timers. Same as the Browser library's
        keyword; other sessions keep the real time.

        | Set Time | 2024-10-31 17:34:00 | |
        | Set Time | 2024-12-24 18:00:00 | fixed |
        """
        async def set_clock(s):
            clock = s.context.clock
            if clock_type is ClockType.install:
                await clock.install(time=time)
            elif clock_type is ClockType.fixed:
                await clock.set_fixed_time(time)
            else:
                await clock.set_system_time(time)

        return self.step(f"Set Time: {time.isoformat(sep=' ')} ({clock_type.value})", set_clock)

    @concurrent_keyword(returns=None)
    def advance_clock(self, time: timedelta,
                      advance_type: CLockAdvanceType = CLockAdvanceType.fast_forward) -> Step:
        """Moves the current session's fake clock on by ``time`` (after `Set Time`).

        ``fast_forward`` (the default) jumps, firing due timers at most once;
        ``run_for`` fires every timer on the way. Same as the Browser library's keyword.

        | Set Time | 2024-10-31 17:34:00 |
        | Advance Clock | 2 hours |
        | Advance Clock | 30s | run_for |
        """
        seconds = time.total_seconds()
        if seconds < 0:
            raise ParallelSessionsError(
                f"Invalid time '{describe_seconds(seconds)}': the clock only moves forward; "
                f"give a positive time such as 1 hour, or use Set Time to go back.")
        ms = round(seconds * 1000)

        async def advance(s):
            clock = s.context.clock
            if advance_type is CLockAdvanceType.fast_forward:
                await clock.fast_forward(ms)
            else:
                await clock.run_for(ms)

        return self.step(f"Advance Clock: {describe_seconds(seconds)} ({advance_type.value})",
                         advance)

    @concurrent_keyword(returns=None)
    def pause_at(self, time: datetime) -> Step:
        """Jumps the current session's fake clock to ``time`` and stops it there.

        Due timers fire at most once; the clock cannot go back. `Resume Clock` lets it
        run again. Same as the Browser library's keyword.

        | Set Time | 2024-10-31 17:34:00 |
        | Pause At | 2024-10-31 18:34:00 |
        | Resume Clock | |
        """
        async def pause(s):
            await s.context.clock.pause_at(time)

        return self.step(f"Pause At: {time.isoformat(sep=' ')}", pause)

    @concurrent_keyword(returns=None)
    def resume_clock(self) -> Step:
        """Lets the current session's paused clock run on again.

        | Resume Clock |
        """
        async def resume(s):
            await s.context.clock.resume()

        return self.step("Resume Clock", resume)
