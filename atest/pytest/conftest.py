"""Fixtures for the seed's pytest examples: the demo portal and its login workflows.

The ParallelSessions plugin provides session_manager, admin_session and
user_session; this file tells it where the application is and how to log in.
"""

import json
import os
import sys
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from portal.control import PortalProcess  # noqa: E402

from ParallelSessions.browser.chromium import find_chromium, managed_chromium_path  # noqa: E402

ADMIN = ("admin", "admin-pass")
PASSWORD = "user-pass-123"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright-asyncio launches the browser: point it at the Chromium found here."""
    return {**browser_type_launch_args,
            "executable_path": find_chromium(os.environ.get("PARALLEL_SESSION_BROWSER_PATH"),
                                             managed_chromium_path())}


@pytest.fixture(scope="session")
def launched_by_pytest_playwright():
    """Browsers that pytest-playwright-asyncio's launch_browser fixture started."""
    return []


@pytest.fixture(scope="session")
def launch_browser(launch_browser, launched_by_pytest_playwright):
    async def launch(**kwargs):
        browser = await launch_browser(**kwargs)
        launched_by_pytest_playwright.append(browser)
        return browser
    return launch


@pytest.fixture(scope="session")
def portal_url():
    portal = PortalProcess()
    url = portal.start()
    yield url
    portal.stop()


@pytest.fixture
def parallel_sessions_base_url(portal_url):
    return portal_url


@pytest.fixture
def create_account(portal_url):
    """Creates an account directly in the portal; returns its username."""
    def create(username, status="Active"):
        body = json.dumps({"username": username, "password": PASSWORD, "status": status})
        request = urllib.request.Request(f"{portal_url}/_test/accounts", data=body.encode(),
                                         headers={"Content-Type": "application/json"})
        urllib.request.urlopen(request).close()
        return username
    return create


@pytest.fixture(autouse=True)
def empty_portal(portal_url):
    urllib.request.urlopen(urllib.request.Request(f"{portal_url}/_test/reset", method="POST")).close()


async def login_admin(session):
    page = session.page
    await page.goto("/admin/login")
    await page.fill("#username", session.username or ADMIN[0])
    await page.fill("#password", session.password or ADMIN[1])
    await page.click("button[type=submit]")
    await page.wait_for_url("**/admin/dashboard")


async def login_account(session):
    if not session.password:
        return
    page = session.page
    await page.goto("/account/login")
    await page.fill("#username", session.username)
    await page.fill("#password", session.password)
    await page.click("button[type=submit]")
    await page.wait_for_url("**/account/dashboard")


@pytest.fixture
def parallel_sessions_logins():
    return {"admin": login_admin, "account": login_account}
