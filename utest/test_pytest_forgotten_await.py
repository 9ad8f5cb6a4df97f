"""A call on the library's objects that a test forgot to await fails that test with a sentence.

Python only warns "coroutine ... was never awaited" (at garbage collection), so such a
test used to pass. Each test builds a temporary project without this repository's
settings and runs it in its own pytest process, as a user's project runs.
"""

import pytest

pytest_plugins = ["pytester"]

PAGE = "data:text/html,<h1>hello</h1>"

FORGOTTEN = f"""
import gc

import pytest
import pytest_asyncio
from playwright.async_api import expect


async def test_page_call(admin_session):
    admin_session.page.goto("{PAGE}")


async def test_context_call(user_session):
    user_session.context.clear_cookies()


async def test_manager_call(session_manager):
    session_manager.create_session("anonymous")


async def test_assertion(admin_session):
    await admin_session.page.goto("{PAGE}")
    expect(admin_session.page.locator("h1")).to_have_text("goodbye")


async def test_kept_in_a_cycle_until_garbage_collection(admin_session):
    pending = [admin_session.page.reload()]
    pending.append(pending)


async def test_kept_in_a_cycle_of_the_oldest_generation(admin_session):
    pending = [admin_session.page.go_back()]
    pending.append(pending)
    gc.collect()  # moves the cycle, still in use, to the oldest generation


@pytest_asyncio.fixture
async def visitor(session_manager):
    session = await session_manager.create_session("anonymous")
    session.page.set_content("<h1>visitor</h1>")
    return session


async def test_in_a_fixture(visitor):
    pass


async def test_failing_for_its_own_reason_too(admin_session):
    admin_session.page.goto("{PAGE}")
    assert admin_session.page.url == "{PAGE}"


async def test_awaited_calls_pass(admin_session, session_manager):
    await admin_session.page.goto("{PAGE}")
    await expect(admin_session.page.locator("h1")).to_have_text("hello")
    assert await session_manager.get_session("admin") is admin_session
"""

UNRELATED = """
import asyncio

import pytest


async def helper():
    pass


async def test_own_coroutine_is_pytests_warning(session_manager):
    helper()


@pytest.mark.asyncio
async def test_without_the_fixtures_is_untouched():
    asyncio.sleep(0)
"""


def run(pytester, *args):
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:playwright-asyncio",
                                         "-rA", *args)


def test_a_forgotten_await_fails_the_test_with_a_sentence_naming_the_call(pytester):
    pytester.makepyfile(test_forgotten=FORGOTTEN, test_unrelated=UNRELATED)
    result = run(pytester)
    result.assert_outcomes(passed=4, failed=6, errors=2)
    # A cycle that the young-generation collection at the end of the call missed
    # is found by the full one after its teardown.
    result.stdout.fnmatch_lines([
        "*_ ERROR at teardown of test_kept_in_a_cycle_of_the_oldest_generation _*",
        "Page.go_back() was called without await at test_forgotten.py:31 "
        "(pending = [admin_session.page.go_back()]), so it never ran: write await before the call.",
        "*_ ERROR at setup of test_in_a_fixture _*",
        'Page.set_content() was called without await at test_forgotten.py:39 '
        '(session.page.set_content("<h1>visitor</h1>")), so it never ran: write await before the '
        'call.',
        "*_ test_page_call _*",
        f'Page.goto() was called without await at test_forgotten.py:9 '
        f'(admin_session.page.goto("{PAGE}")), so it never ran: write await before the call.',
        "*_ test_context_call _*",
        "BrowserContext.clear_cookies() was called without await at test_forgotten.py:13 "
        "(user_session.context.clear_cookies()), so it never ran: write await before the call.",
        "*_ test_manager_call _*",
        "ParallelSessionManager.create_session() was called without await at test_forgotten.py:17 "
        '(session_manager.create_session("anonymous")), so it never ran: write await before the '
        "call.",
        "*_ test_assertion _*",
        "LocatorAssertions.to_have_text() was called without await at test_forgotten.py:22 "
        '(expect(admin_session.page.locator("h1")).to_have_text("goodbye")), so it never ran: '
        "write await before the call.",
        "*_ test_kept_in_a_cycle_until_garbage_collection _*",
        "Page.reload() was called without await at test_forgotten.py:26 "
        "(pending = [admin_session.page.reload()]), so it never ran: write await before the call.",
    ])
    assert [line.split()[1] for line in result.stdout.lines if line.startswith("PASSED")] == [
        "test_forgotten.py::test_kept_in_a_cycle_of_the_oldest_generation",  # its call passed
        "test_forgotten.py::test_awaited_calls_pass",
        "test_unrelated.py::test_own_coroutine_is_pytests_warning",
        "test_unrelated.py::test_without_the_fixtures_is_untouched"]
    # A test failing for its own reason keeps its error; the forgotten await is added to it.
    result.stdout.fnmatch_lines([
        "*_ test_failing_for_its_own_reason_too _*",
        "E       AssertionError: assert 'about:blank' == *",
        "*Page.goto() was called without await at test_forgotten.py:48*",
    ])
    # Other coroutines stay pytest's warning, in tests with or without the fixtures.
    result.stdout.fnmatch_lines_random([
        "*RuntimeWarning: coroutine 'helper' was never awaited",
        "*RuntimeWarning: coroutine 'sleep' was never awaited",
    ])
    result.stdout.no_fnmatch_line("*coroutine '*.*' was never awaited*")


@pytest.mark.parametrize("action", ["error", "ignore"])
def test_warning_filters_do_not_change_it(pytester, action):
    """-W error would make the warning an "unraisable exception", -W ignore would hide it."""
    pytester.makepyfile(test_forgotten=FORGOTTEN)
    result = run(pytester, "-W", f"{action}::RuntimeWarning", "-k", "page_call or awaited_calls")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*_ test_page_call _*",
                                 "Page.goto() was called without await at test_forgotten.py:9 *"])
