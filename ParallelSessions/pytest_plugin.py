"""pytest plugin: the ParallelSessions session manager as async fixtures.

Installed with the package (entry point ``pytest11``). Fixtures:

- ``session_manager``: a :class:`ParallelSessionManager` for one test, closed after it;
  on failure every open session is screenshotted first.
- ``admin_session``: the logged-in ``admin`` session.
- ``user_session``: an ``account`` session, logged in when ``parallel_sessions_user``
  gives credentials.
- ``parallel_sessions_browser``: the Chromium all tests share: the one
  --ps-browser-path names, else pytest-playwright-asyncio's ``browser`` fixture
  when that plugin is installed and can start it, else one found like the
  keyword library finds it.

Async tests and fixtures using these fixtures run on the session-wide event loop
the browser lives on, whatever their asyncio marker (or none) says.

Override ``parallel_sessions_logins`` (role -> async login callable),
``parallel_sessions_user`` ((username, password)) and
``parallel_sessions_base_url`` in a conftest.py to fit your application.
Configuration comes from the ``PARALLEL_SESSION_*`` environment variables and
the ``--ps-*`` command-line options (which win); the base URL also from
pytest's ``base_url`` fixture (``--base-url``, ``base_url`` in the ini file).

A call on the manager, a session or the Playwright objects reached through them
that a test forgot to await fails that test, naming the call (forgotten_awaits.py).
"""

from __future__ import annotations

import asyncio
import inspect
import os
import re
from pathlib import Path

import pytest

try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - depends on the environment
    pytest_asyncio = None

from .browser.chromium import launch_chromium
from .core.errors import BrowserNotFoundError
from .core.manager import LoginCallable, ParallelSessionManager
from .core.session import SessionHandle
from .core.settings import Settings, parse_folder
from .forgotten_awaits import AwaitCheck

FIXTURES = {"session_manager", "admin_session", "user_session", "parallel_sessions_browser"}
PYTEST_PLAYWRIGHT = "playwright-asyncio"  # pytest-playwright-asyncio's plugin name


def pytest_addoption(parser):
    group = parser.getgroup("parallelsessions", "ParallelSessions sessions")
    group.addoption("--ps-base-url", help="Base URL of the application; wins over --base-url "
                    "(pytest-base-url's, when installed) and PARALLEL_SESSION_BASE_URL.")
    group.addoption("--ps-max-sessions", help="Sessions open at once (PARALLEL_SESSION_MAX).")
    group.addoption("--ps-browser-path", help="Chromium executable (PARALLEL_SESSION_BROWSER_PATH).")
    group.addoption("--ps-headed", action="store_true", default=None,
                    help="Show the browser (PARALLEL_SESSION_HEADLESS=false).")
    group.addoption("--ps-output", default="test-results",
                    help="Folder for failure screenshots, one subfolder per test (default test-results).")


def plugin_settings(config, base_url: str | None = None) -> Settings:
    """Settings from the --ps-* options, then ``base_url``, then PARALLEL_SESSION_* variables.

    ``base_url`` is pytest's base URL (see :func:`parallel_sessions_base_url`);
    --ps-base-url wins over it.
    """
    names = {name: f"option --ps-{name.replace('_', '-')}"
             for name in ("base_url", "max_sessions", "browser_path")}
    own_url = config.getoption("ps_base_url")
    if not own_url and base_url:
        names["base_url"] = BASE_URL_FIXTURE
    return Settings.load({
        "base_url": own_url or base_url or None,
        "max_sessions": config.getoption("ps_max_sessions"),
        "browser_path": config.getoption("ps_browser_path"),
        "headless": False if config.getoption("ps_headed") else None,
    }, argument_names=names)


def output_folder(config) -> Path:
    """The --ps-output folder; a test that uses the sessions fails at once if it is unusable."""
    text = config.getoption("ps_output")
    try:
        return Path(parse_folder(text))
    except ValueError as error:
        pytest.fail(f"Invalid value '{text}' for option --ps-output: expected {error}.",
                    pytrace=False)


BASE_URL_FIXTURE = "the base_url fixture (option --base-url or base_url in the ini file)"
BROWSER_FIXTURE = "parallel_sessions_browser"
BROWSER_LOOP = "session"  # the browser is session-scoped, so is the event loop it lives on
YOUNG_GENERATIONS, ALL_GENERATIONS = 1, 2  # gc.collect(generation) at the end of a test phase
LOOP_SCOPE_ADVICE = ("but the ParallelSessions fixtures it uses live on the session-wide event "
                     "loop: drop loop_scope or make it 'session'.")


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_pycollect_makeitem(collector, name, obj):
    """Async tests and fixtures using the browser run on the loop the browser lives on.

    Playwright objects only work on the event loop that started them, and the
    browser is shared by the whole run, so a test that (directly or through
    its own fixtures) uses these fixtures must run on the session-wide loop,
    whatever loop its marker or pytest-asyncio's defaults would give it. As
    the innermost wrapper this sees the new items, with their fixture closure,
    before pytest-asyncio turns them into its coroutine items.
    """
    collected = yield
    if pytest_asyncio is not None and collected:
        for item in collected if isinstance(collected, list) else [collected]:
            if isinstance(item, pytest.Function) and BROWSER_FIXTURE in item.fixturenames:
                _run_on_browser_loop(item)
    return collected


def _run_on_browser_loop(item: pytest.Function) -> None:
    """Gives the test, and its async fixtures using the browser, the browser's loop.

    Only where no loop_scope was chosen explicitly: an explicit other one is
    reported when the test is set up (:func:`_check_loop_scopes`). A fixture gets
    its loop from pytest-asyncio's public ``pytest_asyncio.fixture(function,
    loop_scope=...)``, applied to the function pytest collected: the fixture
    object it returns is not needed, what it records on the function is what
    pytest-asyncio reads when it sets the fixture up. (That covers plain
    ``@pytest.fixture`` async fixtures in strict mode too, which could not reach
    the browser otherwise.) MARKED in utest/test_pytest_event_loops.py fails if
    pytest-asyncio stops reading it there.
    """
    for fixturedef in _fixturedefs_using_browser(item):
        if _explicit_loop_scope(fixturedef.func) is None:
            pytest_asyncio.fixture(fixturedef.func, loop_scope=BROWSER_LOOP)
    if inspect.iscoroutinefunction(item.obj):
        marker = item.get_closest_marker("asyncio")
        kwargs = dict(marker.kwargs) if marker else {}
        if kwargs.get("loop_scope") is None and kwargs.get("scope") is None:
            kwargs.pop("scope", None)
            # Prepended, so that it is the closest marker (module-level marks included).
            item.add_marker(pytest.mark.asyncio(**{**kwargs, "loop_scope": BROWSER_LOOP}),
                            append=False)


def _explicit_loop_scope(function) -> str | None:
    """The ``loop_scope`` given to ``pytest_asyncio.fixture`` for ``function``, or None.

    pytest-asyncio offers no public way to read it, so this reads (never sets)
    the attribute its decorator keeps it in, only to report an explicit other
    scope in a sentence. Were it moved, such fixtures would be given the session
    loop instead, and test_an_explicit_other_loop_scope_is_a_clear_error fails.
    """
    return getattr(getattr(function, "__func__", function), "_loop_scope", None)


def _fixturedefs_using_browser(item: pytest.Function) -> list:
    """The async fixtures of ``item`` that need the browser, directly or through others."""
    definitions = item._fixtureinfo.name2fixturedefs
    users = {BROWSER_FIXTURE}
    grew = True
    while grew:
        grew = False
        for fixture_name, fixturedefs in definitions.items():
            if fixture_name not in users and any(users & set(d.argnames) for d in fixturedefs):
                users.add(fixture_name)
                grew = True
    return [fixturedef for fixture_name in users for fixturedef in definitions.get(fixture_name, ())
            if inspect.iscoroutinefunction(fixturedef.func)
            or inspect.isasyncgenfunction(fixturedef.func)]


def _uses_browser(item) -> bool:
    return pytest_asyncio is not None and BROWSER_FIXTURE in getattr(item, "fixturenames", ())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    if _uses_browser(item):
        _check_loop_scopes(item)
    return (yield from _failing_forgotten_awaits(item, YOUNG_GENERATIONS))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    return (yield from _failing_forgotten_awaits(item, YOUNG_GENERATIONS))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    return (yield from _failing_forgotten_awaits(item, ALL_GENERATIONS))


def _failing_forgotten_awaits(item, generation: int):
    """Runs a test phase; a call on the library's objects it did not await fails it.

    The sentence names each such call (see forgotten_awaits.py). A phase that
    failed for its own reason keeps its error, with the sentence added as a note.
    Setup and call end with a cheap collection of the young garbage, teardown
    with a full one, once per test, for coroutines kept longer in reference cycles.
    """
    if not _uses_browser(item):
        return (yield)
    error = result = None
    with AwaitCheck(item.config.rootpath, generation) as check:
        try:
            result = yield
        except BaseException as raised:  # re-raised below, with what was found
            error = raised
    if check.forgotten:
        sentence = "\n".join(check.forgotten)
        if error is None:
            pytest.fail(sentence, pytrace=False)
        if isinstance(error, pytest.fail.Exception):
            pytest.fail(f"{error.msg}\n{sentence}", pytrace=error.pytrace)
        if isinstance(error, Exception):
            error.__notes__ = [*getattr(error, "__notes__", ()), sentence]  # add_note, also on 3.10
    if error is not None:
        raise error
    return result


def _check_loop_scopes(item) -> None:
    """Fails, with a sentence, a test whose explicit loop_scope cannot reach the browser."""
    problems = []
    marker = item.get_closest_marker("asyncio")
    scope = marker and (marker.kwargs.get("loop_scope") or marker.kwargs.get("scope"))
    if scope and scope != BROWSER_LOOP:
        problems.append(f"{item.name} is marked asyncio(loop_scope={scope!r}), {LOOP_SCOPE_ADVICE}")
    for fixturedef in _fixturedefs_using_browser(item):
        scope = _explicit_loop_scope(fixturedef.func)
        if scope not in (None, BROWSER_LOOP):
            problems.append(f"Fixture '{fixturedef.argname}' has loop_scope={scope!r}, "
                            f"{LOOP_SCOPE_ADVICE}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


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
def parallel_sessions_base_url(request, pytestconfig) -> str | None:
    """The application's base URL; override it when a fixture starts the application.

    --ps-base-url, else pytest's ``base_url`` fixture when a plugin or conftest.py
    provides one (pytest-base-url, or pytest-playwright-asyncio without it: the
    --base-url option, ``base_url`` in the ini file, PYTEST_BASE_URL), else
    PARALLEL_SESSION_BASE_URL.
    """
    try:
        base_url = request.getfixturevalue("base_url")
    except pytest.FixtureLookupError as error:
        if error.argname != "base_url":
            raise  # a base_url fixture that itself requests a fixture that does not exist
        base_url = None
    return plugin_settings(pytestconfig, base_url).base_url


@pytest.fixture(scope="session")
def parallel_sessions_browser(request):
    """The Chromium all tests share.

    pytest-playwright-asyncio's ``browser`` fixture when that plugin is
    installed and can start its browser (see :func:`_pytest_playwright_can_launch`);
    otherwise the Chromium the keyword library would launch.
    """
    _require_asyncio()
    if _pytest_playwright_can_launch(request):
        return request.getfixturevalue("browser")
    return request.getfixturevalue("parallel_sessions_launched_browser")


def _pytest_playwright_can_launch(request) -> bool:
    """Whether pytest-playwright-asyncio is installed and its ``browser`` can start.

    It can when the user configured it (``connect_options``, or an
    ``executable_path`` or ``channel`` in ``browser_type_launch_args``) or
    when Playwright's own browser is downloaded. A browser named with
    --ps-browser-path / PARALLEL_SESSION_BROWSER_PATH always wins.
    """
    if not request.config.pluginmanager.has_plugin(PYTEST_PLAYWRIGHT):
        return False
    if plugin_settings(request.config).browser_path:
        return False
    if request.getfixturevalue("connect_options"):
        return True
    launch_args = request.getfixturevalue("browser_type_launch_args")
    if launch_args.get("executable_path") or launch_args.get("channel"):
        return True
    return os.path.exists(request.getfixturevalue("browser_type").executable_path)


@_async_fixture(scope="session", loop_scope="session")
async def parallel_sessions_launched_browser(pytestconfig):
    """Chromium found like the keyword library finds it (explicit path, managed, system)."""
    from playwright.async_api import async_playwright

    settings = plugin_settings(pytestconfig)
    async with async_playwright() as playwright:
        try:
            browser = await launch_chromium(playwright, executable=settings.browser_path,
                                            headless=settings.headless)
        except BrowserNotFoundError as error:
            pytest.fail(str(error), pytrace=False)
        yield browser
        await browser.close()


@_async_fixture(loop_scope="session")
async def session_manager(request, pytestconfig, parallel_sessions_browser,
                          parallel_sessions_logins, parallel_sessions_base_url):
    settings = plugin_settings(pytestconfig)
    output = output_folder(pytestconfig)
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
        folder = output / re.sub(r"[^\w.-]+", "_", node.nodeid)
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
