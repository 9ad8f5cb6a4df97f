"""Which Chromium the pytest plugin starts, with and without pytest-playwright-asyncio.

Playwright's own browser is not downloaded in these runs (pytester gives each
run a fresh HOME, and PLAYWRIGHT_BROWSERS_PATH points at an empty folder), as
on a machine where only a system Chromium is installed.
"""

import os
import stat
import subprocess
import sys

import pytest

from ParallelSessions.browser.chromium import find_chromium

pytest_plugins = ["pytester"]

WITH_AND_WITHOUT_PYTEST_PLAYWRIGHT = pytest.mark.parametrize(
    "plugins", [[], ["-p", "no:playwright-asyncio"]],
    ids=["with-pytest-playwright-asyncio", "without-pytest-playwright-asyncio"])

USES_THE_BROWSER = """
import pytest

@pytest.mark.asyncio
async def test_sessions_open(session_manager):
    session = await session_manager.create_session("anonymous")
    await session.page.set_content("<h1>ok</h1>")
    assert await session.page.inner_text("h1") == "ok"
    print("BROWSER VERSION", session_manager.browser.version)
"""


@pytest.fixture
def no_managed_browser(pytester, monkeypatch):
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(pytester.path / "no-downloaded-browsers"))
    monkeypatch.delenv("PARALLEL_SESSION_BROWSER_PATH", raising=False)


@pytest.fixture
def recording_chromium(pytester):
    """A Chromium executable (a script starting the real one) that notes each start."""
    script = pytester.path / "recording-chromium"
    script.write_text(f'#!/bin/sh\necho started >> "{pytester.path}/chromium-starts"\n'
                      f'exec "{find_chromium(None, None)}" "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def starts(pytester):
    record = pytester.path / "chromium-starts"
    return record.read_text().split() if record.exists() else []


def run(pytester, plugins, *args):
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-s", *plugins, *args)


@WITH_AND_WITHOUT_PYTEST_PLAYWRIGHT
def test_the_discovered_chromium_is_used_when_playwright_has_none(
        pytester, plugins, no_managed_browser):
    pytester.makepyfile(test_browser=USES_THE_BROWSER)
    result = run(pytester, plugins)
    result.assert_outcomes(passed=1)
    version = subprocess.run([find_chromium(None, None), "--version"], capture_output=True,
                             text=True, check=True).stdout.split()
    result.stdout.fnmatch_lines([f"*BROWSER VERSION {version[1]}*"])


@WITH_AND_WITHOUT_PYTEST_PLAYWRIGHT
@pytest.mark.parametrize("given_by", ["option", "environment"])
def test_the_configured_browser_path_is_honoured(pytester, plugins, given_by, monkeypatch,
                                                 no_managed_browser, recording_chromium):
    pytester.makepyfile(test_browser=USES_THE_BROWSER)
    if given_by == "option":
        result = run(pytester, plugins, f"--ps-browser-path={recording_chromium}")
    else:
        monkeypatch.setenv("PARALLEL_SESSION_BROWSER_PATH", str(recording_chromium))
        result = run(pytester, plugins)
    result.assert_outcomes(passed=1)
    assert starts(pytester) == ["started"]


def test_the_browser_path_wins_over_pytest_playwrights_launch_arguments(
        pytester, no_managed_browser, recording_chromium):
    pytester.makeconftest("""
import pytest

@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {"executable_path": "/nonexistent/chrome"}
""")
    pytester.makepyfile(test_browser=USES_THE_BROWSER)
    run(pytester, [], f"--ps-browser-path={recording_chromium}").assert_outcomes(passed=1)
    assert starts(pytester) == ["started"]


def test_pytest_playwrights_browser_is_used_when_it_is_configured(
        pytester, no_managed_browser, recording_chromium):
    pytester.makeconftest(f"""
import pytest

@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {{**browser_type_launch_args, "executable_path": "{recording_chromium}"}}
""")
    pytester.makepyfile(test_browser=USES_THE_BROWSER)
    run(pytester, []).assert_outcomes(passed=1)
    # Only pytest-playwright-asyncio passes browser_type_launch_args to the launch.
    assert starts(pytester) == ["started"]


@WITH_AND_WITHOUT_PYTEST_PLAYWRIGHT
def test_a_wrong_browser_path_is_the_librarys_sentence(pytester, plugins, no_managed_browser):
    pytester.makepyfile(test_browser=USES_THE_BROWSER)
    missing = pytester.path / "no-such-chromium"
    result = run(pytester, plugins, f"--ps-browser-path={missing}")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([
        f"*Browser path '{missing}' set by browser_path or PARALLEL_SESSION_BROWSER_PATH is not "
        f"an executable file; fix the path or unset it to use a discovered Chromium.*"])
    result.stdout.no_fnmatch_line("*Executable doesn't exist*")
    result.stdout.no_fnmatch_line("*raise BrowserNotFoundError*")  # the sentence, no traceback


def hide_system_browsers(pytester):
    """Shell lines that, in a private mount namespace, cover every system Chromium with an
    empty, non-executable file: the machine then has no Chromium at all."""
    from ParallelSessions.browser.chromium import SYSTEM_BROWSERS, SYSTEM_HEADLESS_SHELLS

    empty = pytester.path / "not-a-browser"
    empty.write_text("")
    empty.chmod(0o644)
    return "".join(f"mount --bind {empty} {path} && " for path in SYSTEM_HEADLESS_SHELLS + SYSTEM_BROWSERS
                   if os.path.exists(path))


@WITH_AND_WITHOUT_PYTEST_PLAYWRIGHT
def test_no_chromium_anywhere_is_the_librarys_sentence(pytester, plugins, no_managed_browser):
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if os.geteuid() != 0 or probe.returncode != 0:
        pytest.skip("hiding the system Chromium needs root and unshare")
    pytester.makepyfile(test_browser=USES_THE_BROWSER)
    command = " ".join([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *plugins])
    result = pytester.run("unshare", "-m", "sh", "-c", hide_system_browsers(pytester) + command)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([
        "*No Chromium found (looked at *): install one with 'playwright install chromium' or, "
        "on Debian/Ubuntu as root, 'apt-get install chromium', or point browser_path / "
        "PARALLEL_SESSION_BROWSER_PATH at a Chromium executable.*"])
    result.stdout.no_fnmatch_line("*Executable doesn't exist*")
    result.stdout.no_fnmatch_line("*raise BrowserNotFoundError*")  # the sentence, no traceback
