"""The pytest plugin, run in a separate pytest process as a user's project would run it."""


pytest_plugins = ["pytester"]

FAILING_TEST = """
async def test_three_actors_then_failure(session_manager):
    for role in ("admin", "account", "anonymous"):
        session = await session_manager.create_session(role)
        await session.page.set_content(f"<h1>{role}</h1>")
    assert False, "intended failure"

async def test_passing_leaves_nothing(session_manager):
    await session_manager.create_session("anonymous")
"""


def test_failing_test_leaves_one_screenshot_per_open_session(pytester):
    pytester.makepyfile(test_actors=FAILING_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:playwright-asyncio", "--ps-output", "shots")
    result.assert_outcomes(passed=1, failed=1)
    folder = pytester.path / "shots" / "test_actors.py_test_three_actors_then_failure"
    assert sorted(p.name for p in folder.iterdir()) == [
        "account_1.png", "admin_1.png", "anonymous_1.png"]
    assert all(p.stat().st_size > 1000 for p in folder.iterdir())
    assert not (pytester.path / "shots" / "test_actors.py_test_passing_leaves_nothing").exists()


def test_cap_and_error_messages_match_the_keywords(pytester, monkeypatch):
    monkeypatch.setenv("PARALLEL_SESSION_MAX", "1")
    pytester.makepyfile(test_cap="""
import pytest
from ParallelSessions.core.errors import SessionLimitError

async def test_cap(session_manager):
    await session_manager.create_session("anonymous")
    with pytest.raises(SessionLimitError) as error:
        await session_manager.create_session("anonymous")
    assert str(error.value) == ("Cannot open session 'anonymous_2': 1 sessions are open, the "
        "maximum of 1 set by --ps-max-sessions or environment variable PARALLEL_SESSION_MAX; "
        "close one or raise the limit.")

async def test_option_wins(session_manager):
    assert session_manager.max_sessions == 1
""")
    pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:playwright-asyncio").assert_outcomes(passed=2)
    pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:playwright-asyncio", "--ps-max-sessions", "4",
                                  "-k", "option_wins").assert_outcomes(failed=1)


def test_an_output_folder_that_cannot_be_made_is_a_clear_error(pytester):
    pytester.makepyfile(test_bad="async def test_x(session_manager):\n    pass\n")
    pytester.makefile(".txt", blocker="a file, where the option wants a folder")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:playwright-asyncio",
                                           "--ps-output", "blocker.txt/shots")
    result.stdout.fnmatch_lines(["*Invalid value 'blocker.txt/shots' for option --ps-output: "
                                 "expected a folder that exists or can be made, but "
                                 "*blocker.txt is a file.*"])
    assert "Traceback" not in result.stdout.str()
    result.assert_outcomes(errors=1)


def test_invalid_option_value_is_a_clear_error(pytester):
    pytester.makepyfile(test_bad="async def test_x(session_manager):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:playwright-asyncio", "--ps-max-sessions", "lots")
    result.stdout.fnmatch_lines(["*Invalid value 'lots' for option --ps-max-sessions: "
                                 "expected a whole number from 1 to 1000.*"])
