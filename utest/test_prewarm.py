"""The prewarm pool against a real Chromium: taken once, refilled, replaced, drained, bounded."""

import pytest

from ParallelSessions.core.errors import ConfigurationError, ParallelSessionsError
from ParallelSessions.core.manager import ParallelSessionManager
from ParallelSessions.browser.prewarm import ContextPool
from ParallelSessions.core.settings import Settings


@pytest.fixture
def manager(chromium, loop):
    before = len(chromium.contexts)
    manager = ParallelSessionManager(chromium, max_sessions=3, base_url="http://127.0.0.1:9")
    manager.prewarm = ContextPool(manager, 2)
    yield manager
    loop.run(manager.close_all())
    loop.run(manager.prewarm.drain())
    assert len(chromium.contexts) == before, "the pool left a context open"


def test_a_ready_context_serves_one_session_and_the_pool_refills(manager, loop):
    assert loop.run(manager.prewarm.wait_full(20)) == 2
    ready = {id(r.context) for r in manager.prewarm._ready}
    first = loop.run(manager.create_session("anonymous"))
    assert first.prewarmed and id(first.context) in ready
    assert loop.run(manager.prewarm.wait_full(20)) == 2
    assert first.context not in [r.context for r in manager.prewarm._ready]
    second = loop.run(manager.create_session("anonymous"))
    assert second.prewarmed and second.context is not first.context
    loop.run(manager.close_session(first.session_id))
    loop.run(manager.prewarm.wait_full(20))
    third = loop.run(manager.create_session("anonymous"))
    assert third.prewarmed and third.context not in (first.context, second.context)
    assert manager.session_ids == ["anonymous_2", "anonymous_1"]
    assert manager.prewarm.taken == 3


def test_sessions_with_options_or_saved_state_open_on_demand(manager, loop):
    loop.run(manager.prewarm.wait_full(20))
    german = loop.run(manager.create_session("anonymous", options={"locale": "de-DE"}))
    assert not german.prewarmed
    assert manager.prewarm.taken == 0 and manager.prewarm.ready == 2


def test_changed_defaults_replace_the_ready_contexts(manager, loop):
    loop.run(manager.prewarm.wait_full(20))
    stale = [r.context for r in manager.prewarm._ready]
    manager.base_url = "http://localhost:9"
    handle = loop.run(manager.create_session("anonymous"))
    assert handle.context not in stale
    loop.run(manager.prewarm.wait_full(20))
    assert all(r.recipe["base_url"] == "http://localhost:9" for r in manager.prewarm._ready)
    assert not any(r.context in stale for r in manager.prewarm._ready)


def test_a_failing_refill_is_reported_once_and_does_not_spin(manager, loop):
    manager.viewport = {"width": 0, "height": -5}  # Chromium refuses to open a page
    for _ in range(2):
        with pytest.raises(ParallelSessionsError, match=r"^The prewarm pool has 0 of 2 ready "
                           r"contexts and cannot make more: .*Screen width and height"):
            loop.run(manager.prewarm.wait_full(20))
    problems = manager.prewarm.take_problems()
    assert len(problems) == 1 and problems[0].startswith("Prewarm could not make a ready context")
    assert manager.prewarm._filling.done()
    manager.viewport = {"width": 800, "height": 600}
    assert loop.run(manager.prewarm.wait_full(20)) == 2
    assert manager.prewarm.take_problems() == []


def test_without_a_browser_the_pool_stays_idle(manager, loop):
    loop.run(manager.prewarm.wait_full(20))
    browser, manager.browser = manager.browser, None

    async def refill():
        manager.prewarm.refill()
        return manager.prewarm._filling.done(), manager.prewarm.ready

    try:
        assert loop.run(refill()) == (True, 0)  # the dead browser's contexts are dropped
    finally:
        manager.browser = browser


@pytest.mark.parametrize("value", ["lots", "21", "-1"])
def test_prewarm_setting_is_a_number_from_0_to_20(value):
    assert Settings.load({"prewarm": "3"}, environ={}).prewarm == 3
    assert Settings.load({}, environ={"PARALLEL_SESSION_PREWARM": "2"}).prewarm == 2
    assert Settings.load({}, environ={}).prewarm == 0
    with pytest.raises(ConfigurationError) as error:
        Settings.load({"prewarm": value}, environ={})
    assert str(error.value) == (f"Invalid value '{value}' for import argument prewarm: expected "
                                f"a whole number from 0 to 20.")


def test_nothing_is_prewarmed_while_videos_are_recorded(manager, loop):
    from ParallelSessions.evidence.video import VideoRecorder
    manager.videos = VideoRecorder("RETAIN_ON_FAILURE")
    assert loop.run(manager.prewarm.wait_full(20)) == 0
    assert manager.prewarm.ready == 0
    assert "while videos are recorded" in manager.prewarm.describe()


def test_a_drained_pool_stays_empty_until_the_next_session(manager, loop):
    loop.run(manager.prewarm.wait_full(20))

    async def drain_then_nudge():
        await manager.prewarm.drain()
        manager.prewarm.refill()
        return manager.prewarm._filling, manager.prewarm.ready

    assert loop.run(drain_then_nudge()) == (None, 0)
    loop.run(manager.create_session("anonymous"))
    assert loop.run(manager.prewarm.wait_full(20)) == 2
