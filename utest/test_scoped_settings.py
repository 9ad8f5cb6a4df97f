"""rf/scoped.py: the Browser library's Global, Suite and Test scopes of run-time settings."""

import asyncio

import pytest

from ParallelSessions.core.errors import ConfigurationError, ScopeError
from ParallelSessions.core.settings import Settings
from ParallelSessions.rf.assertions import read_until
from ParallelSessions.rf.scoped import Scope, ScopedSetting, ScopedSettings


def running(setting, *frames):
    """``setting`` inside the given (kind, tag) suites and tests, outermost first."""
    for kind, tag in frames:
        setting.enter(kind, tag)
    return setting


def test_outside_a_run_every_scope_is_global():
    timeout = ScopedSetting("timeout", 10.0)
    assert timeout.set(3.0, Scope.Suite) == 10.0
    assert timeout.set(4.0, Scope.Test) == 3.0
    assert timeout.value == 4.0


def test_a_test_scoped_value_ends_with_its_test():
    timeout = running(ScopedSetting("timeout", 10.0), ("suite", "s"), ("test", "t1"))
    assert timeout.set(1.0, Scope.Test) == 10.0
    assert timeout.value == 1.0
    timeout.leave("t1")
    assert timeout.value == 10.0
    timeout.enter("test", "t2")
    assert timeout.value == 10.0


def test_a_suite_scoped_value_set_in_a_test_lasts_until_the_suite_ends():
    timeout = running(ScopedSetting("timeout", 10.0), ("suite", "parent"), ("suite", "child"),
                      ("test", "t1"))
    timeout.set(1.0, Scope.Test)
    assert timeout.set(2.0, Scope.Suite) == 1.0  # replaces the test's own value at once
    timeout.leave("t1")
    assert timeout.value == 2.0
    running(timeout, ("test", "t2"))
    assert timeout.value == 2.0
    timeout.leave("t2")
    timeout.leave("child")
    assert timeout.value == 10.0


def test_child_suites_inherit_and_a_global_value_reaches_every_scope():
    strict = running(ScopedSetting("strict_mode", True), ("suite", "parent"))
    strict.set(False, Scope.Suite)
    running(strict, ("suite", "child"), ("test", "t"))
    assert strict.value is False
    strict.set(True, Scope.Global)
    strict.leave("t")
    strict.leave("child")
    strict.leave("parent")
    assert strict.value is True


def test_test_scope_outside_a_test_is_refused_with_a_sentence():
    retry = running(ScopedSetting("retry_assertions_for", None), ("suite", "s"))
    with pytest.raises(ScopeError, match="Set Retry Assertions For: setting for test/task can "
                                         "not be set on suite level: scope=Test works only"):
        retry.set(1.0, Scope.Test, "Set Retry Assertions For")
    assert retry.value is None


def test_task_is_test():
    assert Scope.Task is Scope.Test


def test_leaving_a_scope_not_entered_changes_nothing():
    timeout = running(ScopedSetting("timeout", 10.0), ("suite", "s"))
    timeout.set(5.0, Scope.Suite)
    timeout.leave("never-entered")
    assert timeout.value == 5.0


def test_on_change_hears_every_change_of_the_value_in_force():
    heard = []
    timeout = running(ScopedSetting("timeout", 10.0, on_change=heard.append),
                      ("suite", "s"), ("test", "t"))
    timeout.set(10.0, Scope.Test)  # no change
    timeout.set(2.0, Scope.Test)
    timeout.leave("t")
    assert heard == [2.0, 10.0]


def test_settings_are_entered_and_left_together():
    settings = ScopedSettings(ScopedSetting("a", 1), ScopedSetting("b", 2))
    settings.enter("suite", "s")
    settings["a"].set(10, Scope.Suite)
    settings["b"].set(20, Scope.Suite)
    settings.leave("s")
    assert (settings["a"].value, settings["b"].value) == (1, 2)


def test_import_argument_retry_assertions_for():
    assert Settings.load({}, environ={}).retry_assertions_for is None
    assert Settings.load({"retry_assertions_for": "1.5s"}, environ={}).retry_assertions_for == 1.5
    assert Settings.load({}, environ={"PARALLEL_SESSION_RETRY_ASSERTIONS_FOR": "500 ms"}
                         ).retry_assertions_for == 0.5
    assert Settings.load({"retry_assertions_for": "0"}, environ={}).retry_assertions_for == 0
    with pytest.raises(ConfigurationError, match="import argument retry_assertions_for: "
                                                 "expected 0 or a positive time"):
        Settings.load({"retry_assertions_for": "-1s"}, environ={})


def reads_until(timeout_ms, retry_ms):
    """How many reads a never-holding assertion gets (the clock of the loop, no sleeping)."""
    reads = []

    async def read(remaining):
        reads.append(remaining)
        return "old"

    def check(value):
        raise AssertionError("still old")

    async def run():
        with pytest.raises(AssertionError):
            await read_until(read, check, timeout_ms, retry_ms)

    asyncio.run(run())
    return reads


def test_retry_assertions_for_ends_retrying_before_the_timeout():
    assert len(reads_until(60_000, 0)) == 1  # retry 0: the first failure stands
    assert len(reads_until(60_000, 300)) < 10  # polls every 0.1 s for 0.3 s, not 60 s
