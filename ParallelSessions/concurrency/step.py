"""A step: one keyword call bound to its arguments, not yet to a session.

The keywords that can run in several sessions at once describe their action as a
:class:`Step`; running the keyword alone performs that step in the current session,
and `Run In Sessions Concurrently` runs the very same object in each of its sessions.
No mode changes what a keyword does: the step is the keyword's action, and what the
keyword checks after it (a 404 warning, a response line) are the step's ``after``
notes, made in both cases.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from ..core.session import SessionHandle

Fire = Callable[[float], Awaitable[Any]]
# The description of a step's preparation ahead of a SYNC: "prepare Click '#save'".
PREPARE = "prepare "
# A note to log for a session after its step: (level, message), e.g. ("WARN", "... 404 ...").
Note = tuple[str, str]


@dataclass
class Step:
    """One action: ``run(handle)`` performs it in a session.

    ``prepare(handle)``, when given, does the slow part ahead of a ``SYNC`` and returns
    ``fire(release_at_ms)``, which performs the action at the wall-clock instant
    ``release_at_ms`` (ms since the epoch) from inside the page, or at once as a user
    would when it is ``None``. ``after(handle, result)`` gives the notes to log once the
    step has run (it only looks at the result: it runs on the event loop). ``whole``
    marks an action that is not one session's (``Add Route  all_sessions=True``): run
    alone it is called as it is; it cannot be a step of several sessions.
    """

    description: str
    run: Callable[[SessionHandle], Awaitable[Any]] | None
    prepare: Callable[[SessionHandle], Awaitable[Fire]] | None = None
    # The test's activity record (evidence/activity.py): SYNC releases are noted in it.
    activity: Any = None
    # The step's own timeout in seconds (None: unknown).
    timeout: float | None = None
    # The step acts in the session's pages; False for API requests, which no route sees.
    in_page: bool = True
    # Turns the result into a note for the step's log line.
    outcome: Callable[[Any], str] | None = None
    # The element acted on: asked why when the step times out (covered, disabled ...).
    selector: str | None = None
    after: Callable[[SessionHandle, Any], list[Note]] | None = None
    whole: Callable[[], Any] | None = None

    @classmethod
    def of_every_session(cls, description: str, action: Callable[[], Any]) -> "Step":
        """An action that is not one session's: run alone, never as a concurrent step."""
        return cls(description, None, whole=action)

    def notes_after(self, handle: SessionHandle, result: Any) -> list[Note]:
        """What the keyword says after its action ran in ``handle`` with ``result``."""
        return self.after(handle, result) if self.after is not None else []


@dataclass
class StepRecord:
    """One step of one session as it happened: the one record the steps table of `Run In
    Sessions Concurrently`, the timeline and the activity summary all read.

    Times are seconds since the epoch. ``error`` is the first line of the error (None
    when it passed); ``url`` and ``console_errors`` are the session's after the step.
    """

    session_id: str
    role: str
    username: str | None
    description: str
    start: float
    end: float = 0.0
    error: str | None = None
    url: str | None = None
    console_errors: int = 0
    note: str = ""  # how a released step's request went (see release.py)
    notes: list[Note] = field(default_factory=list)  # what the step said after it (Step.after)

    @classmethod
    def begin(cls, handle: SessionHandle, description: str) -> "StepRecord":
        return cls(handle.session_id, handle.role, handle.username, description, time.time())

    def finish(self, handle: SessionHandle, error: BaseException | None = None) -> None:
        """The step ended now (with ``error``); notes the session's URL and console errors."""
        self.end = time.time()
        if error is not None:
            lines = str(error).strip().splitlines() or [type(error).__name__]
            self.error = lines[0][:300]
        try:
            self.url = handle.url
        except Exception:  # a page being closed has no URL to tell
            self.url = None
        self.console_errors = len(handle.page_errors) + handle.page_errors_dropped

    def fail(self, handle: SessionHandle, error: BaseException) -> None:
        """The step failed with ``error``; it ended now unless it had ended already."""
        end = self.end
        self.finish(handle, error)
        self.end = end or self.end

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def prepared(self) -> bool:
        """A step prepared ahead of a SYNC (found and waited for, not yet performed)."""
        return self.description.startswith(PREPARE)

    @property
    def seconds(self) -> float:
        return max(0.0, self.end - self.start)
