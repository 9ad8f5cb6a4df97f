"""What the raw Playwright sides share with the library: the same Chromium, launch
arguments and context defaults, and the portal's account login done by hand."""

from __future__ import annotations

from common.portal import PASSWORD

# The library's context defaults (base_url is given per call).
CONTEXT = {"viewport": {"width": 1280, "height": 720}, "locale": "en-US"}


def launch_options():
    """Launch options (headless, the library's LAUNCH_ARGS) and the library's
    ``find_chromium``, to call with Playwright's own executable path."""
    from ParallelSessions.browser.chromium import LAUNCH_ARGS, find_chromium
    return {"headless": True, "args": list(LAUNCH_ARGS)}, find_chromium


async def raw_log_in(page, user, password=PASSWORD):
    """Logs ``page`` in as account ``user`` through the portal's form (raw Playwright async)."""
    await page.goto("/account/login")
    await page.fill("#username", user)
    await page.fill("#password", password)
    await page.click("button[type=submit]")
    await page.wait_for_url("**/account/dashboard")
