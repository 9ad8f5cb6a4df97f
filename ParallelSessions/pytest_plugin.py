"""pytest plugin: the ParallelSessions session manager as async fixtures.

Installed with the package (entry point ``pytest11``). Fixtures:

- ``session_manager``: a :class:`ParallelSessionManager` for one test, closed after it;
  on failure every open session is screenshotted first.
- ``admin_session``: the logged-in ``admin`` session.
- ``user_session``: an ``account`` session, logged in when ``parallel_sessions_user``
  gives credentials.
- ``parallel_sessions_browser``: the Chromium all tests share: pytest-playwright-asyncio's
  ``browser`` fixture when that plugin is installed, else one found like the keyword
  library finds it.

Override ``parallel_sessions_logins`` (role -> async login callable),
``parallel_sessions_user`` ((username, password)) and
``parallel_sessions_base_url`` in a conftest.py to fit your application.
Configuration comes from the ``PARALLEL_SESSION_*`` environment variables and
the ``--ps-*`` command-line options (which win).
"""

from __future__ import annotations

import asyncio
import inspect
import re
from pathlib import Path

import pytest

try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - depends on the environment
    pytest_asyncio = None

from .browser import launch_chromium
from .manager import LoginCallable, ParallelSessionManager
from .session import SessionHandle
from .settings import Settings

FIXTURES = {"session_manager", "admin_session", "user_session", "parallel_sessions_browser"}
PYTEST_PLAYWRIGHT = "playwright-asyncio"  # pytest-playwright-asyncio's plugin name


def pytest_addoption(parser):
    group = parser.getgroup("parallelsessions", "ParallelSessions sessions")
    group.addoption("--ps-base-url", help="Base URL of the application (PARALLEL_SESSION_BASE_URL).")
    group.addoption("--ps-max-sessions", help="Sessions open at once (PARALLEL_SESSION_MAX).")
    group.addoption("--ps-browser-path", help="Chromium executable (PARALLEL_SESSION_BROWSER_PATH).")
    group.addoption("--ps-headed", action="store_true", default=None,
                    help="Show the browser (PARALLEL_SESSION_HEADLESS=false).")
    group.addoption("--ps-output", default="test-results",
                    help="Folder for failure screenshots, one subfolder per test (default test-results).")


def plugin_settings(config) -> Settings:
    """Settings from the --ps-* options, then PARALLEL_SESSION_* variables, then defaults."""
    return Settings.load({
        "base_url": config.getoption("ps_base_url"),
        "max_sessions": config.getoption("ps_max_sessions"),
        "browser_path": config.getoption("ps_browser_path"),
        "headless": False if config.getoption("ps_headed") else None,
    }, argument_names={name: f"option --ps-{name.replace('_', '-')}"
                       for name in ("base_url", "max_sessions", "browser_path")})


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector, name, obj):
    """Async tests taking these fixtures run on the session-wide loop the browser lives on.

    Marks the function before pytest-asyncio looks at it; collection itself is
    left to pytest (returns None).
    """
    if pytest_asyncio is None or not inspect.iscoroutinefunction(obj):
        return None
    try:
        parameters = set(inspect.signature(obj).parameters)
    except (TypeError, ValueError):
        return None
    marks = getattr(obj, "pytestmark", [])
    if FIXTURES & parameters and not any(mark.name == "asyncio" for mark in marks):
        pytest.mark.asyncio(loop_scope="session")(obj)
    return None


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"parallel_sessions_{report.when}_failed", report.failed)
    return report


def _require_asyncio():
    if pytest_asyncio is None:
        raise pytest.UsageError("The ParallelSessions fixtures need pytest-asyncio: "
                                "pip install 'robotframework-parallelsessions[pytest]'.")


def _async_fixture(**kwargs):
    if pytest_asyncio is None:
        return pytest.fixture(**{k: v for k, v in kwargs.items() if k != "loop_scope"})
    return pytest_asyncio.fixture(**kwargs)


@pytest.fixture
def parallel_sessions_logins() -> dict[str, LoginCallable]:
    """Role -> async login callable run when a session of that role opens; override it."""
    return {}


@pytest.fixture
def parallel_sessions_user() -> tuple[str, str] | None:
    """(username, password) of ``user_session``; None opens it logged out. Override it."""
    return None


@pytest.fixture
def parallel_sessions_base_url(pytestconfig) -> str | None:
    """The application's base URL; override it when a fixture starts the application."""
    return plugin_settings(pytestconfig).base_url


@pytest.fixture(scope="session")
def parallel_sessions_browser(request):
    """The Chromium all tests share.

    With pytest-playwright-asyncio installed, its ``browser`` fixture (and its
    launch options) is used; otherwise the plugin launches one, found like the
    keyword library finds it.
    """
    _require_asyncio()
    if request.config.pluginmanager.has_plugin(PYTEST_PLAYWRIGHT):
        return request.getfixturevalue("browser")
    return request.getfixturevalue("parallel_sessions_launched_browser")


@_async_fixture(scope="session", loop_scope="session")
async def parallel_sessions_launched_browser(pytestconfig):
    from playwright.async_api import async_playwright

    settings = plugin_settings(pytestconfig)
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright, executable=settings.browser_path,
                                        headless=settings.headless)
        yield browser
        await browser.close()


@_async_fixture(loop_scope="session")
async def session_manager(request, pytestconfig, parallel_sessions_browser,
                          parallel_sessions_logins, parallel_sessions_base_url):
    settings = plugin_settings(pytestconfig)
    manager = ParallelSessionManager(
        parallel_sessions_browser, max_sessions=settings.max_sessions,
        viewport=settings.viewport, base_url=parallel_sessions_base_url, locale=settings.locale,
        timeout=settings.timeout,
        limit_source="--ps-max-sessions or environment variable PARALLEL_SESSION_MAX")
    for role, login in parallel_sessions_logins.items():
        manager.set_login(role, login)
    yield manager
    node = request.node
    if getattr(node, "parallel_sessions_call_failed", False) or \
            getattr(node, "parallel_sessions_setup_failed", False):
        folder = Path(pytestconfig.getoption("ps_output")) / re.sub(r"[^\w.-]+", "_", node.nodeid)
        await manager.screenshot_all(str(folder))
    await asyncio.shield(manager.close_all())


@_async_fixture(loop_scope="session")
async def admin_session(session_manager) -> SessionHandle:
    return await session_manager.admin_session()


@_async_fixture(loop_scope="session")
async def user_session(session_manager, parallel_sessions_user) -> SessionHandle:
    if parallel_sessions_user is None:
        return await session_manager.create_session("account")
    username, password = parallel_sessions_user
    return await session_manager.account_session(username, password)
