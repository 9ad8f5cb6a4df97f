"""Running planned steps in several sessions at the same instant.

Pure asyncio, no Robot Framework: the keyword layer turns keyword calls into
:class:`~.step.Step` objects, this module runs one task per session on the
library's loop. ``SYNC`` is a barrier: every session waits there until all have
arrived, then the next step of each session is released. A step can be
*prepared* before the barrier (find the element, wait until it is actionable)
so that the release itself does as little as possible.

Two releases: ``network`` (the default) runs every session's step at once and
lets the requests the steps send go together where they leave the browser
(release.py); ``page`` fires each prepared step inside its page from a timer
at one agreed wall-clock instant, for races that happen in the page itself.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from ..core.session import SessionHandle
from .release import NetworkRelease, RequestHold
from .step import PREPARE, Fire, Step, StepRecord

NETWORK = "network"
PAGE = "page"
RELEASES = (NETWORK, PAGE)


@dataclass(frozen=True)
class Sync:
    """A ``SYNC`` step: a start barrier, and how the step after it is released."""

    release: str = NETWORK


SYNC = Sync()
SYNC_LABEL = "SYNC"
# A network release waits at most this long for the last session's request.
HOLD_LIMIT_SECONDS = 5.0


@dataclass
class SessionOutcome:
    session_id: str
    records: list[StepRecord] = field(default_factory=list)
    started: float = 0.0  # when the run began, seconds since the epoch
    result: Any = None
    error: BaseException | None = None


class ReleaseBarrier:
    """Waits for ``parties`` sessions, then gives all of them one release instant.

    A session that fails ``leave``s, so the others are never stuck waiting for it.
    With a ``network`` release the instant is now (the requests are let go
    together later); otherwise it is ``lead_ms`` ahead, for the pages' timers.
    """

    def __init__(self, parties: int, lead_ms: float,
                 on_release: Callable[[float], Any] | None = None,
                 network: NetworkRelease | None = None):
        self._waiting = parties
        self._lead_ms = 0.0 if network is not None else lead_ms
        self._on_release = on_release
        self._release = asyncio.get_running_loop().create_future()
        # The requests of the step after this barrier, let go together (network release).
        self.network = network

    def arrive(self) -> None:
        """A session is ready (it must not be waited for any more)."""
        self._waiting -= 1
        if self._waiting <= 0 and not self._release.done():
            release_at = time.time() * 1000 + self._lead_ms
            self._release.set_result(release_at)
            if self.network is not None:
                self.network.begin()
            if self._on_release is not None:
                self._on_release(release_at)

    def leave(self, session_id: str) -> None:
        """A session failed and will not come: neither to the barrier nor to the release."""
        if self.network is not None:
            self.network.leave(session_id)
        self.arrive()

    async def wait(self) -> float:
        return await asyncio.shield(self._release)


def lead_time_ms(parties: int) -> float:
    """Time between the release decision and the release instant of a ``page`` release.

    Long enough for the fire message to reach every page before the instant.
    """
    return 40.0 + 6.0 * parties


async def sleep_until(release_at_ms: float) -> None:
    delay = release_at_ms / 1000 - time.time()
    if delay > 0:
        await asyncio.sleep(delay)


def _holds_at_the_network(handle: SessionHandle, step: Step) -> bool:
    """The step's requests leave a browser page, where a route can hold them.

    API sessions, and API steps in browser sessions, send through Playwright's
    request API, which no route sees: they send at the release instant instead.
    """
    return handle.context is not None and handle.request is None and step.in_page


async def _released(handle: SessionHandle, sync: Sync, step: Step, fire: Fire | None,
                    hold: RequestHold | None, barrier: ReleaseBarrier, release_at: float,
                    record: StepRecord) -> Any:
    """Performs ``step``, released by ``sync``; returns its value; notes how it was released.

    The record's end is the step's end, not the wait for a late request after it.
    """
    if sync.release == PAGE:
        try:
            if fire is not None:
                return await fire(release_at)
            await sleep_until(release_at)
            record.start = time.time()
            return await step.run(handle)
        finally:
            record.finish(handle)
    try:
        if hold is not None:
            hold.arm()
        else:
            await barrier.network.wait(handle.session_id)
            record.start = time.time()
            record.note = "sent at the release"
        return await (fire(None) if fire is not None else step.run(handle))
    finally:
        record.finish(handle)
        if hold is not None:
            await hold.finish()
            record.note = hold.describe()
        else:
            barrier.network.leave(handle.session_id)


async def _run_session(handle: SessionHandle, steps: list, barriers: list[ReleaseBarrier],
                       started: float) -> SessionOutcome:
    outcome = SessionOutcome(handle.session_id, started=started)

    def begin(description: str, step: Step | None) -> StepRecord:
        """A record of this session's run; a step's (not a SYNC's) joins the test's activity."""
        record = StepRecord.begin(handle, description)
        outcome.records.append(record)
        if step is not None and step.activity is not None:
            step.activity.add(handle, record)
        return record

    passed = 0
    index = 0
    record = hold = None
    try:
        while index < len(steps):
            step = steps[index]
            if isinstance(step, Sync):
                following = steps[index + 1] if index + 1 < len(steps) else None
                if isinstance(following, Sync):
                    following = None
                barrier = barriers[passed]
                fire = hold = None
                if following is not None and following.prepare is not None:
                    record = begin(PREPARE + following.description, following)
                    fire = await following.prepare(handle)
                    record.finish(handle)
                if (following is not None and barrier.network is not None
                        and _holds_at_the_network(handle, following)):
                    hold = RequestHold(handle, barrier.network)
                    await hold.install(following.timeout or HOLD_LIMIT_SECONDS)
                record = begin(SYNC_LABEL, None)
                barrier.arrive()
                passed += 1
                release_at = await barrier.wait()
                record.finish(handle)
                if following is None:
                    index += 1
                    continue
                record = begin(following.description, following)
                if step.release == PAGE and fire is not None:
                    # The page fires at release_at: the step starts then, not when handed over.
                    record.start = max(record.start, release_at / 1000)
                outcome.result = await _released(handle, step, following, fire, hold, barrier,
                                                 release_at, record)
                record.notes = following.notes_after(handle, outcome.result)
                hold = None
                index += 2
                continue
            record = begin(step.description, step)
            outcome.result = await step.run(handle)
            record.finish(handle)
            record.notes = step.notes_after(handle, outcome.result)
            index += 1
    except Exception as error:
        outcome.error = error
        outcome.result = None
        if record is not None:
            record.fail(handle, error)
        if hold is not None:
            await hold.remove()
        for barrier in barriers[passed:]:
            barrier.leave(handle.session_id)
    finally:
        handle.touch()
    return outcome


def _network_release(plans: list[tuple[SessionHandle, list]], sync_index: int) -> NetworkRelease:
    """The release of the requests sent by the step after the ``sync_index``-th SYNC."""
    timeouts = []
    for _, steps in plans:
        syncs = [i for i, step in enumerate(steps) if isinstance(step, Sync)]
        after = syncs[sync_index] + 1
        if after < len(steps) and isinstance(steps[after], Step) \
                and steps[after].timeout is not None:
            timeouts.append(steps[after].timeout)
    limit = min(timeouts) / 2 if timeouts else HOLD_LIMIT_SECONDS
    return NetworkRelease(len(plans), limit)


async def run_concurrently(plans: list[tuple[SessionHandle, list]]) -> list[SessionOutcome]:
    """Runs each session's steps in its own task; returns one outcome per session, in order."""
    syncs = [step for step in plans[0][1] if isinstance(step, Sync)] if plans else []
    activity = next((step.activity for _, steps in plans for step in steps
                     if isinstance(step, Step) and step.activity is not None), None)
    on_release = activity.note_sync if activity is not None else None
    barriers = [ReleaseBarrier(len(plans), lead_time_ms(len(plans)), on_release,
                               _network_release(plans, i) if sync.release == NETWORK else None)
                for i, sync in enumerate(syncs)]
    started = time.time()
    return list(await asyncio.gather(
        *(_run_session(handle, steps, barriers, started) for handle, steps in plans)))
