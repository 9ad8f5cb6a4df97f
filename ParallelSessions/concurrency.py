"""Running planned steps in several sessions at the same instant.

Pure asyncio, no Robot Framework: the keyword layer turns keyword calls into
:class:`PlannedStep` objects, this module runs one task per session on the
library's loop. ``SYNC`` is a barrier: every session waits there until all have
arrived, then the next step of each session is released for one agreed
instant. A step can be *prepared* before the barrier (find the element, wait
until it is actionable) so that the release itself does as little as possible.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from .session import SessionHandle

Fire = Callable[[float], Awaitable[Any]]


@dataclass
class PlannedStep:
    """One keyword call, bound to its arguments but not yet to a session.

    ``run(handle)`` performs it. ``prepare(handle)``, when given, does the slow
    part ahead of a ``SYNC`` and returns ``fire(release_at_ms)``, which performs
    the action at the wall-clock instant ``release_at_ms`` (ms since the epoch).
    """

    description: str
    run: Callable[[SessionHandle], Awaitable[Any]]
    prepare: Callable[[SessionHandle], Awaitable[Fire]] | None = None
    # The test's activity record (activity.ActivityLog): SYNC releases are noted in it.
    activity: Any = None


SYNC = "SYNC"
PREPARE = "prepare "


@dataclass
class StepRecord:
    description: str
    started_ms: float
    ended_ms: float = 0.0
    error: BaseException | None = None


@dataclass
class SessionOutcome:
    session_id: str
    records: list[StepRecord] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None


class ReleaseBarrier:
    """Waits for ``parties`` sessions, then gives all of them one release instant.

    A session that fails ``leave``s, so the others are never stuck waiting for it.
    """

    def __init__(self, parties: int, lead_ms: float,
                 on_release: Callable[[float], Any] | None = None):
        self._waiting = parties
        self._lead_ms = lead_ms
        self._on_release = on_release
        self._release = asyncio.get_running_loop().create_future()

    def arrive(self) -> None:
        """A session is ready, or has failed and will not come (it must not be waited for)."""
        self._waiting -= 1
        if self._waiting <= 0 and not self._release.done():
            release_at = time.time() * 1000 + self._lead_ms
            self._release.set_result(release_at)
            if self._on_release is not None:
                self._on_release(release_at)

    async def wait(self) -> float:
        return await asyncio.shield(self._release)


def lead_time_ms(parties: int) -> float:
    """Time between the release decision and the release instant.

    Long enough for the fire message to reach every page before the instant.
    """
    return 40.0 + 6.0 * parties


async def sleep_until(release_at_ms: float) -> None:
    delay = release_at_ms / 1000 - time.time()
    if delay > 0:
        await asyncio.sleep(delay)


async def _run_session(handle: SessionHandle, steps: list, barriers: list[ReleaseBarrier],
                       started: float) -> SessionOutcome:
    outcome = SessionOutcome(handle.session_id)

    def now() -> float:
        return (time.perf_counter() - started) * 1000

    passed = 0
    index = 0
    record = None
    try:
        while index < len(steps):
            step = steps[index]
            if step == SYNC:
                following = steps[index + 1] if index + 1 < len(steps) else None
                if following == SYNC:
                    following = None
                fire = None
                if following is not None and following.prepare is not None:
                    record = StepRecord(PREPARE + following.description, now())
                    outcome.records.append(record)
                    fire = await following.prepare(handle)
                    record.ended_ms = now()
                record = StepRecord(SYNC, now())
                outcome.records.append(record)
                barriers[passed].arrive()
                passed += 1
                release_at = await barriers[passed - 1].wait()
                record.ended_ms = now()
                if following is None:
                    index += 1
                    continue
                record = StepRecord(following.description, now())
                outcome.records.append(record)
                if fire is not None:
                    # The page fires at release_at: the step starts then, not when handed over.
                    record.started_ms = now() + max(0.0, release_at - time.time() * 1000)
                    outcome.result = await fire(release_at)
                else:
                    await sleep_until(release_at)
                    record.started_ms = now()
                    outcome.result = await following.run(handle)
                record.ended_ms = now()
                index += 2
                continue
            record = StepRecord(step.description, now())
            outcome.records.append(record)
            outcome.result = await step.run(handle)
            record.ended_ms = now()
            index += 1
    except Exception as error:
        outcome.error = error
        outcome.result = None
        if record is not None:
            record.error = error
            record.ended_ms = now()
        for barrier in barriers[passed:]:
            barrier.arrive()
    finally:
        handle.touch()
    return outcome


async def run_concurrently(plans: list[tuple[SessionHandle, list]]) -> list[SessionOutcome]:
    """Runs each session's steps in its own task; returns one outcome per session, in order."""
    sync_count = sum(1 for step in plans[0][1] if step == SYNC) if plans else 0
    activity = next((step.activity for _, steps in plans for step in steps
                     if isinstance(step, PlannedStep) and step.activity is not None), None)
    on_release = activity.note_sync if activity is not None else None
    barriers = [ReleaseBarrier(len(plans), lead_time_ms(len(plans)), on_release)
                for _ in range(sync_count)]
    started = time.perf_counter()
    return list(await asyncio.gather(
        *(_run_session(handle, steps, barriers, started) for handle, steps in plans)))
