import os
import stat

import pytest

from ParallelSessions.browser.chromium import find_chromium
from ParallelSessions.core.errors import BrowserNotFoundError


def executable(tmp_path, name):
    path = tmp_path / name
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_explicit_path_wins(tmp_path):
    chosen = executable(tmp_path, "my-chrome")
    managed = executable(tmp_path, "managed")
    assert find_chromium(chosen, managed, system=(executable(tmp_path, "system"),)) == chosen


def test_explicit_path_that_does_not_exist_is_an_error_not_a_fallback(tmp_path):
    with pytest.raises(BrowserNotFoundError, match="Browser path '/nope/chrome' set by browser_path "
                                                  "or PARALLEL_SESSION_BROWSER_PATH is not an executable"):
        find_chromium("/nope/chrome", executable(tmp_path, "managed"))


def test_explicit_file_that_is_not_executable_is_an_error(tmp_path):
    plain = tmp_path / "chrome"
    plain.write_text("")
    with pytest.raises(BrowserNotFoundError):
        find_chromium(str(plain), None, system=())


def test_managed_browser_before_system_browser(tmp_path):
    managed = executable(tmp_path, "managed")
    assert find_chromium(None, managed, system=(executable(tmp_path, "system"),)) == managed


def test_system_browser_when_managed_is_missing(tmp_path):
    system = executable(tmp_path, "chromium")
    assert find_chromium(None, str(tmp_path / "not-installed"),
                         system=(str(tmp_path / "missing"), system)) == system


def test_no_browser_names_both_ways_to_install_one(tmp_path):
    with pytest.raises(BrowserNotFoundError) as error:
        find_chromium(None, None, system=(str(tmp_path / "missing"),))
    message = str(error.value)
    assert "playwright install chromium" in message
    assert "apt-get install chromium" in message
    assert str(tmp_path / "missing") in message


def test_this_machine_has_a_browser_the_library_finds():
    from ParallelSessions.browser.chromium import managed_chromium_path

    path = find_chromium(os.environ.get("PARALLEL_SESSION_BROWSER_PATH"), managed_chromium_path())
    assert os.access(path, os.X_OK)


def test_a_headless_run_prefers_the_systems_headless_shell(tmp_path, monkeypatch):
    """Playwright launches its headless shell for headless Chromium; so does the library with
    the system's: it took a third of the full browser's CPU time on the acceptance suites."""
    import ParallelSessions.browser.chromium as chromium

    shell = executable(tmp_path, "chromium-headless-shell")
    full = executable(tmp_path, "chromium")
    monkeypatch.setattr(chromium, "SYSTEM_HEADLESS_SHELLS", (str(tmp_path / "missing"), shell))
    monkeypatch.setattr(chromium, "SYSTEM_BROWSERS", (full,))
    assert find_chromium(None, None) == shell
    assert find_chromium(None, None, headless=True) == shell
    assert find_chromium(None, None, headless=False) == full
    managed = executable(tmp_path, "managed")
    assert find_chromium(None, managed, headless=True) == managed


def test_a_headless_run_without_a_headless_shell_takes_the_browser(tmp_path, monkeypatch):
    import ParallelSessions.browser.chromium as chromium

    full = executable(tmp_path, "chromium")
    monkeypatch.setattr(chromium, "SYSTEM_HEADLESS_SHELLS", (str(tmp_path / "missing"),))
    monkeypatch.setattr(chromium, "SYSTEM_BROWSERS", (full,))
    assert find_chromium(None, None, headless=True) == full
