"""The concurrent step runner: barriers, release instants and failures, on a real event loop."""

import asyncio
import time

from ParallelSessions.concurrency.step import Step
from ParallelSessions.concurrency.runner import (PAGE, SYNC, Sync, lead_time_ms,
                                         run_concurrently)
from ParallelSessions.concurrency.release import NetworkRelease
from ParallelSessions.core.session import SessionHandle


def handles(*ids):
    return [SessionHandle(session_id, "account") for session_id in ids]


def step(description, action):
    async def run(handle):
        return await action(handle)
    return Step(description, run)


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
    # Orders, not durations (a busy machine cannot fail it): nobody went on before the
    # slowest arrived. How close together they go is benchmarks/release_spread/'s figure.
    assert min(released.values()) >= max(arrived.values())


def recording_prepare(fired, result):
    """A step's prepare whose fire notes the release instant it was given, per session."""
    async def prepare(handle):
        async def fire(release_at_ms):
            fired[handle.session_id] = release_at_ms
            return result
        return fire
    return prepare


def test_prepared_step_fires_at_the_agreed_instant():
    fired = {}
    prepare = recording_prepare(fired, "fired")

    async def never(handle):
        raise AssertionError("run() must not be used when the step was prepared")

    plans = [(h, [Sync(PAGE), Step("click", never, prepare)]) for h in handles("a", "b")]
    outcomes = asyncio.run(run_concurrently(plans))
    assert [o.result for o in outcomes] == ["fired", "fired"]
    assert len(set(fired.values())) == 1
    assert None not in fired.values()


def test_network_release_fires_prepared_steps_at_once_as_a_user_would():
    fired = {}
    prepare = recording_prepare(fired, "clicked")

    plans = [(h, [SYNC, Step("click", None, prepare)]) for h in handles("a", "b")]
    outcomes = asyncio.run(run_concurrently(plans))
    assert [o.result for o in outcomes] == ["clicked", "clicked"]
    assert fired == {"a": None, "b": None}


def test_sessions_without_a_page_send_together_after_the_slowest_arrives():
    sent = {}

    slow_done = {}

    async def slow(handle):
        await asyncio.sleep({"a": 0.0, "b": 0.08}[handle.session_id])
        slow_done[handle.session_id] = time.perf_counter()

    async def send(handle):
        sent[handle.session_id] = time.perf_counter()

    plans = [(h, [step("slow", slow), SYNC, step("send", send)]) for h in handles("a", "b")]
    outcomes = asyncio.run(run_concurrently(plans))
    assert all(o.error is None for o in outcomes)
    assert min(sent.values()) >= slow_done["b"]  # a waited for the slowest, b's step
    assert [o.records[-1].note for o in outcomes] == ["sent at the release"] * 2


def test_a_network_release_does_not_wait_for_a_session_that_left():
    async def scenario():
        release = NetworkRelease(3, limit_seconds=5)
        release.begin()
        release.leave("c")
        waiting = [asyncio.ensure_future(release.wait(s)) for s in ("a", "b")]
        await asyncio.wait_for(asyncio.gather(*waiting), 1)
        return release.released_at

    assert asyncio.run(scenario()) is not None


def test_a_network_release_lets_go_at_its_deadline_without_the_missing_sessions():
    async def scenario():
        release = NetworkRelease(2, limit_seconds=0.05)
        started = time.perf_counter()
        release.begin()
        await asyncio.wait_for(release.wait("a"), 30)  # a hang guard, not a timing claim
        return time.perf_counter() - started, release.released

    waited, released = asyncio.run(scenario())
    assert released and waited >= 0.04  # let go by the deadline (0.05 s): b never came


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
    assert outcomes[1].records[-1].error == "b broke"  # the one record of the failed step


def test_lead_time_grows_with_the_number_of_sessions():
    assert lead_time_ms(10) > lead_time_ms(2) > 0
