"""Finding and launching Chromium without downloading anything.

Order of discovery: an explicit path (import argument ``browser_path`` or
``PARALLEL_SESSION_BROWSER_PATH``), Playwright's managed Chromium when it is
installed, then, for a headless run, the system's Chromium headless shell
(Debian's ``chromium-headless-shell``), then the system Chromium or Google Chrome.

The headless shell is what Playwright itself launches for headless Chromium: the
same engine without the browser's window code. Measured on the acceptance suites
it took a third of the CPU time of the full Chromium run headless (27 s against
92 s for the same 41 tests), which on a 2-core machine decides how many sessions
and test processes fit.
"""

from __future__ import annotations

import os
import re
import shutil

from ..core.errors import BrowserNotFoundError

# Preferred for headless runs; a headed run needs the whole browser.
SYSTEM_HEADLESS_SHELLS = (
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/bin/chromium-headless-shell",
)
SYSTEM_BROWSERS = (
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/opt/google/chrome/chrome",
)

# Chromium otherwise keeps calling Google services, which a closed network refuses.
LAUNCH_ARGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-gpu",
    "--disable-dev-shm-usage",
)

INSTALL_HINT = (
    "install one with 'playwright install chromium' or, on Debian/Ubuntu as root, "
    "'apt-get install chromium', or point browser_path / PARALLEL_SESSION_BROWSER_PATH at a "
    "Chromium executable"
)


def _is_executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def find_chromium(explicit: str | None, managed: str | None,
                  system: tuple[str, ...] | None = None, headless: bool = True) -> str:
    """Returns the Chromium executable to launch.

    ``explicit`` is the configured path (checked strictly: a wrong path is an
    error, never silently replaced); ``managed`` is Playwright's own Chromium
    path, used when it exists. ``system`` defaults to the system's headless
    shells (when ``headless``) and then its browsers.
    """
    if system is None:
        system = (SYSTEM_HEADLESS_SHELLS if headless else ()) + SYSTEM_BROWSERS
    if explicit:
        resolved = explicit if os.path.sep in explicit else (shutil.which(explicit) or explicit)
        if not _is_executable(resolved):
            raise BrowserNotFoundError(
                f"Browser path '{explicit}' set by browser_path or PARALLEL_SESSION_BROWSER_PATH "
                f"is not an executable file; fix the path or unset it to use a discovered Chromium.")
        return resolved
    candidates = ([managed] if managed else []) + list(system)
    for path in candidates:
        if _is_executable(path):
            return path
    raise BrowserNotFoundError(
        f"No Chromium found (looked at {', '.join(candidates)}): {INSTALL_HINT}.")


async def connect_chromium(playwright, endpoint: str, described: str | None = None):
    """Connects to a Playwright browser server (``playwright launch-server``).

    ``described`` names the server in the error (by default its whole address).
    """
    try:
        return await playwright.chromium.connect(endpoint, timeout=30_000)
    except Exception as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise BrowserNotFoundError(
            f"Cannot connect to {described or f'the browser server at {endpoint}'} "
            f"(browser_endpoint or PARALLEL_SESSION_BROWSER_ENDPOINT): {reason}; start one with "
            f"'playwright launch-server --browser chromium' or unset the endpoint to launch "
            f"Chromium here."
        ) from None


async def launch_chromium(playwright, *, executable: str | None, headless: bool):
    """Launches Chromium through a started async Playwright object."""
    managed = None
    try:
        managed = playwright.chromium.executable_path
    except Exception:  # Playwright without a managed browser registry entry
        managed = None
    path = find_chromium(executable, managed, headless=headless)
    try:
        return await playwright.chromium.launch(
            executable_path=path, headless=headless, args=list(LAUNCH_ARGS))
    except Exception as error:
        exited = re.search(r"process did exit: exitCode=(\S+?), signal=(\S+?)>", str(error))
        how = (f"it exited at once (exit code {exited[1]}, signal {exited[2]})" if exited
               else str(error).strip().splitlines()[0] if str(error).strip() else
               type(error).__name__)
        source = ("browser_path or PARALLEL_SESSION_BROWSER_PATH" if executable
                  else "discovery, see ParallelSessions.browser.chromium")
        raise BrowserNotFoundError(
            f"Chromium '{path}' (from {source}) did not start: {how}; point browser_path at a "
            f"Chromium or Chrome executable, or {INSTALL_HINT.split(', or point')[0]}.") from None


def managed_chromium_path() -> str | None:
    """Playwright's own Chromium, without starting a browser (None if not installed)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        path = playwright.chromium.executable_path
    return path if path and os.path.exists(path) else None


if __name__ == "__main__":  # `python -m ParallelSessions.browser.chromium` prints what would be launched
    import sys

    try:
        print(find_chromium(os.environ.get("PARALLEL_SESSION_BROWSER_PATH"), managed_chromium_path()))
    except BrowserNotFoundError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
