"""Every way a user marks an async test works with the plugin's fixtures.

Each test builds a temporary project with no pytest configuration at all (no
``asyncio_default_*_loop_scope``, strict mode) and runs it in its own pytest
process, with and without pytest-playwright-asyncio, as a user's project runs.
"""

import ast
from pathlib import Path

import pytest

from ParallelSessions import pytest_plugin

pytest_plugins = ["pytester"]

WITH_AND_WITHOUT_PYTEST_PLAYWRIGHT = pytest.mark.parametrize(
    "plugins", [[], ["-p", "no:playwright-asyncio"]],
    ids=["with-pytest-playwright-asyncio", "without-pytest-playwright-asyncio"])

MARKED = """
import asyncio

import pytest
import pytest_asyncio

LOOPS = {}


@pytest_asyncio.fixture
async def visitor(session_manager):
    session = await session_manager.create_session("anonymous")
    await session.page.set_content("<h1>visitor</h1>")
    return session


@pytest.mark.asyncio
async def test_plain_marker(session_manager):
    LOOPS["plain"] = asyncio.get_running_loop()
    session = await session_manager.create_session("anonymous")
    await session.page.set_content("<h1>plain</h1>")
    assert await session.page.inner_text("h1") == "plain"


@pytest.mark.asyncio
async def test_admin_and_user_fixtures(admin_session, user_session):
    LOOPS["admin"] = asyncio.get_running_loop()
    await admin_session.page.set_content("<h1>admin</h1>")
    await user_session.page.set_content("<h1>user</h1>")
    assert (admin_session.session_id, user_session.session_id) == ("admin", "account_1")


@pytest.mark.asyncio
async def test_browser_fixture(parallel_sessions_browser):
    context = await parallel_sessions_browser.new_context()
    await context.close()


@pytest.fixture
async def plain_visitor(session_manager):  # no pytest_asyncio.fixture, in strict mode
    return await session_manager.create_session("anonymous")


async def test_through_a_plain_async_fixture(plain_visitor):
    await plain_visitor.page.set_content("<h1>plain fixture</h1>")


@pytest.mark.asyncio
async def test_through_a_user_fixture(visitor):
    LOOPS["indirect"] = asyncio.get_running_loop()
    assert await visitor.page.inner_text("h1") == "visitor"


async def test_without_marker(session_manager):
    LOOPS["unmarked"] = asyncio.get_running_loop()
    await session_manager.create_session("anonymous")


async def test_without_marker_through_a_user_fixture(visitor):
    assert await visitor.page.inner_text("h1") == "visitor"


class TestInAClass:
    @pytest.mark.asyncio
    async def test_method(self, session_manager):
        LOOPS["method"] = asyncio.get_running_loop()
        await session_manager.create_session("anonymous")


@pytest.mark.asyncio
async def test_unrelated_test_keeps_its_own_loop():
    LOOPS["unrelated"] = asyncio.get_running_loop()


def test_the_fixtures_share_one_loop():
    browser_loops = {LOOPS[name] for name in ("plain", "admin", "indirect", "unmarked", "method")}
    assert len(browser_loops) == 1
    assert LOOPS["unrelated"] not in browser_loops
"""

MODULE_MARKED = """
import pytest

pytestmark = pytest.mark.asyncio


async def test_module_marker(session_manager):
    session = await session_manager.create_session("anonymous")
    await session.page.set_content("<h1>module</h1>")


async def test_module_marker_admin(admin_session):
    await admin_session.page.set_content("<h1>admin</h1>")
"""


def run(pytester, plugins, *args):
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *plugins, *args)


@WITH_AND_WITHOUT_PYTEST_PLAYWRIGHT
def test_plain_asyncio_marker_and_no_marker_run_on_the_browsers_loop(pytester, plugins):
    pytester.makepyfile(test_marked=MARKED, test_module_marked=MODULE_MARKED)
    result = run(pytester, plugins)
    result.assert_outcomes(passed=12)


def test_auto_mode_and_plain_async_fixtures(pytester):
    pytester.makepyfile(test_auto="""
import pytest

@pytest.fixture
async def visitor(session_manager):
    return await session_manager.create_session("anonymous")

async def test_unmarked(visitor):
    await visitor.page.set_content("<h1>auto</h1>")

@pytest.mark.asyncio
async def test_marked(session_manager, visitor):
    assert session_manager.session_ids == ["anonymous_1"]
""")
    run(pytester, ["-p", "no:playwright-asyncio"], "--asyncio-mode=auto").assert_outcomes(passed=2)


def test_an_explicit_other_loop_scope_is_a_clear_error(pytester):
    pytester.makepyfile(test_scoped="""
import pytest
import pytest_asyncio

@pytest.mark.asyncio(loop_scope="function")
async def test_function_loop(session_manager):
    pass

@pytest_asyncio.fixture(loop_scope="module")
async def visitor(session_manager):
    return await session_manager.create_session("anonymous")

@pytest.mark.asyncio
async def test_module_loop_fixture(visitor):
    pass
""")
    result = run(pytester, ["-p", "no:playwright-asyncio"])
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines([
        "*test_function_loop is marked asyncio(loop_scope='function'), but the ParallelSessions "
        "fixtures it uses live on the session-wide event loop: drop loop_scope or make it "
        "'session'.",
        "*Fixture 'visitor' has loop_scope='module', but the ParallelSessions fixtures it uses "
        "live on the session-wide event loop: drop loop_scope or make it 'session'.",
    ])
    result.stdout.no_fnmatch_line("*attached to a different loop*")


def test_the_plugin_sets_no_private_attribute_of_another_plugin():
    """It once set pytest-asyncio's ``_loop_scope`` on fixtures; pytest_asyncio.fixture does that."""
    tree = ast.parse(Path(pytest_plugin.__file__).read_text())
    assigned = [node.attr for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and isinstance(node.ctx, (ast.Store, ast.Del))
                and node.attr.startswith("_") and not node.attr.endswith("__")]  # not __notes__
    set_by_name = [node.args[1].value for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "setattr"
                   and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)
                   and str(node.args[1].value).startswith("_")]
    assert assigned + set_by_name == []
