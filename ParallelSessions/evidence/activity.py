"""What every session did in the running test: its steps, pages, errors and failed requests.

Every browser action is a step (``LibraryComponent.step`` in rf/component.py), which wraps it
with :meth:`ActivityLog.recorded`: the wrapper runs on the library's loop and
notes the step's start, end and outcome, the session's URL after it and its
console error count. ``SYNC`` releases of `Run In Sessions Concurrently` and
page responses with status 400 or more are noted too. Nothing here logs: the
listener reads the record on Robot's main thread and draws the timeline and
the activity summary from it.

Descriptions never contain secret values (`Fill Secret` describes its value
as ``*****``); every text is masked again with the library's secrets before
it is drawn.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from ..concurrency.step import StepRecord
from ..core.secrets import SecretValues
from ..core.session import SessionHandle

# A page requesting in a loop must not make the summary endless: the rest is counted.
MAX_FAILED_REQUESTS = 20


@dataclass
class Lane:
    """A session as the timeline and the summary name it."""

    session_id: str
    role: str
    username: str | None = None


@dataclass
class SessionActivity:
    """One session's line of the activity summary."""

    lane: Lane
    steps: int = 0
    failed_steps: int = 0
    seconds: float = 0.0
    pages: list[str] = field(default_factory=list)
    console_errors: int = 0
    failed_requests: list[str] = field(default_factory=list)
    failed_requests_dropped: int = 0


class ActivityLog:
    """The steps of the running test, of every session; reset when a test starts.

    Steps are written on the loop thread while Robot's thread waits for them,
    and read on Robot's thread; a lock keeps the lists whole either way.
    """

    def __init__(self, secrets: SecretValues | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.secrets = secrets if secrets is not None else SecretValues()
        self.clock = clock
        self._lock = threading.Lock()
        self.steps: list[StepRecord] = []
        self.syncs: list[float] = []
        self._requests: dict[str, list[str]] = {}
        self._requests_dropped: dict[str, int] = {}
        self._watched: dict[str, Any] = {}  # session id -> the page whose responses are watched
        self.started = clock()

    def reset(self) -> None:
        """A new test begins: its record starts empty."""
        with self._lock:
            self.steps = []
            self.syncs = []
            self._requests = {}
            self._requests_dropped = {}
            self.started = self.clock()

    def mask(self, text: str) -> str:
        return self.secrets.mask(text)

    # -- recording (on the loop) --------------------------------------------------

    def recorded(self, description: str,
                 operation: Callable[[SessionHandle], Awaitable[Any]]):
        """``operation`` noting itself as a step of the session it runs in (a keyword run
        alone; `Run In Sessions Concurrently`'s runner records its steps itself, see add)."""
        async def recorded(handle: SessionHandle) -> Any:
            record = StepRecord.begin(handle, description)
            self.add(handle, record)
            try:
                result = await operation(handle)
            except BaseException as error:
                record.finish(handle, error)
                raise
            record.finish(handle)
            return result
        return recorded

    def add(self, handle: SessionHandle, record: StepRecord) -> None:
        """``record`` is a step of the running test (the runner adds the steps it records)."""
        self.watch(handle)
        with self._lock:
            self.steps.append(record)

    def note_sync(self, release_at_ms: float) -> None:
        """A SYNC barrier released its sessions at this instant (ms since the epoch)."""
        with self._lock:
            self.syncs.append(release_at_ms / 1000)

    def watch(self, handle: SessionHandle) -> None:
        """Notes the session page's responses with status 400 or more (once per page)."""
        page = handle.page
        if page is None or self._watched.get(handle.session_id) is page:
            return
        self._watched[handle.session_id] = page
        session_id = handle.session_id

        def on_response(response) -> None:
            if response.status >= 400:
                self._note_request(session_id, f"{response.status} {response.request.method} "
                                               f"{response.url}")

        def on_failed(request) -> None:
            self._note_request(session_id, f"failed {request.method} {request.url}: "
                                           f"{request.failure or 'no response'}")

        page.on("response", on_response)
        page.on("requestfailed", on_failed)

    def _note_request(self, session_id: str, text: str) -> None:
        with self._lock:
            listed = self._requests.setdefault(session_id, [])
            if len(listed) < MAX_FAILED_REQUESTS:
                listed.append(text if len(text) <= 200 else text[:200] + "...")
            else:
                self._requests_dropped[session_id] = self._requests_dropped.get(session_id, 0) + 1

    # -- reading (on Robot's thread) ----------------------------------------------

    def steps_since(self, since: float) -> list[StepRecord]:
        with self._lock:
            return [s for s in self.steps if s.start >= since and s.end]

    def syncs_since(self, since: float) -> list[float]:
        with self._lock:
            return [s for s in self.syncs if s >= since]

    def failed_steps_since(self, since: float) -> list[StepRecord]:
        """Steps that failed since ``since`` (for the keyword failing now), latest last."""
        return [s for s in self.steps_since(since) if s.failed]

    def summary(self, handles: list[SessionHandle] | None = None) -> list[SessionActivity]:
        """Per session that acted in the test: steps, time, pages, errors, failed requests.

        ``handles`` (the open sessions) add console errors that came after a
        session's last step.
        """
        open_handles = {h.session_id: h for h in handles or []}
        with self._lock:
            steps = [s for s in self.steps if s.end]
            requests = {k: list(v) for k, v in self._requests.items()}
            dropped = dict(self._requests_dropped)
        activities: dict[str, SessionActivity] = {}
        for step in steps:
            activity = activities.get(step.session_id)
            if activity is None:
                activity = activities[step.session_id] = SessionActivity(
                    Lane(step.session_id, step.role, step.username))
            if not step.prepared:
                activity.steps += 1
                activity.failed_steps += step.failed
            activity.seconds += step.seconds
            page = self.mask(step.url) if step.url and step.url != "about:blank" else None
            if page and page not in activity.pages:
                activity.pages.append(page)
            activity.console_errors = max(activity.console_errors, step.console_errors)
        for session_id, activity in activities.items():
            handle = open_handles.get(session_id)
            if handle is not None:
                activity.console_errors = max(
                    activity.console_errors, len(handle.page_errors) + handle.page_errors_dropped)
            activity.failed_requests = [self.mask(r) for r in requests.get(session_id, [])]
            activity.failed_requests_dropped = dropped.get(session_id, 0)
        return list(activities.values())
