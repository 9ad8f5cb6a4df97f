"""The concurrent step runner: barriers, release instants and failures, on a real event loop."""

import asyncio
import time

from ParallelSessions.concurrency import SYNC, PlannedStep, lead_time_ms, run_concurrently
from ParallelSessions.session import SessionHandle


def handles(*ids):
    return [SessionHandle(session_id, "account") for session_id in ids]


def step(description, action):
    async def run(handle):
        return await action(handle)
    return PlannedStep(description, run)


def test_sync_releases_everyone_at_one_instant_after_the_slowest_arrives():
    arrived, released = {}, {}

    def slow_then_mark(delay):
        async def action(handle):
            await asyncio.sleep(delay)
            arrived[handle.session_id] = time.time()
        return action

    async def mark_release(handle):
        released[handle.session_id] = time.time()
        return handle.session_id

    sessions = handles("a", "b", "c")
    plans = [(h, [step("wait", slow_then_mark(d)), SYNC, step("go", mark_release)])
             for h, d in zip(sessions, (0.0, 0.05, 0.1))]
    outcomes = asyncio.run(run_concurrently(plans))
    assert [o.result for o in outcomes] == ["a", "b", "c"]
    assert min(released.values()) >= max(arrived.values())
    assert max(released.values()) - min(released.values()) < 0.02


def test_prepared_step_fires_at_the_agreed_instant():
    fired = {}

    async def prepare(handle):
        async def fire(release_at_ms):
            fired[handle.session_id] = release_at_ms
            return "fired"
        return fire

    async def never(handle):
        raise AssertionError("run() must not be used when the step was prepared")

    plans = [(h, [SYNC, PlannedStep("click", never, prepare)]) for h in handles("a", "b")]
    outcomes = asyncio.run(run_concurrently(plans))
    assert [o.result for o in outcomes] == ["fired", "fired"]
    assert len(set(fired.values())) == 1


def test_a_failing_session_leaves_the_barrier_and_the_others_finish():
    async def fail_for_b(handle):
        if handle.session_id == "b":
            raise RuntimeError("b broke")
        return "ok"

    async def done(handle):
        return f"{handle.session_id} done"

    plans = [(h, [step("maybe fail", fail_for_b), SYNC, step("after", done), SYNC,
                  step("again", done)]) for h in handles("a", "b", "c")]
    outcomes = asyncio.run(asyncio.wait_for(run_concurrently(plans), 5))
    assert [o.result for o in outcomes] == ["a done", None, "c done"]
    assert str(outcomes[1].error) == "b broke"
    assert outcomes[1].records[-1].error is outcomes[1].error


def test_lead_time_grows_with_the_number_of_sessions():
    assert lead_time_ms(10) > lead_time_ms(2) > 0
