"""A real Chromium for the manager tests, on the library's own event loop thread."""

import os

import pytest
from playwright.async_api import async_playwright

from ParallelSessions.browser.chromium import launch_chromium
from ParallelSessions.browser.runtime import EventLoopThread


@pytest.fixture(scope="session")
def loop():
    thread = EventLoopThread("utest")
    yield thread
    thread.stop()


@pytest.fixture(scope="session")
def chromium(loop):
    async def start():
        playwright = await async_playwright().start()
        return playwright, await launch_chromium(
            playwright, executable=os.environ.get("PARALLEL_SESSION_BROWSER_PATH"), headless=True)

    playwright, browser = loop.run(start())
    yield browser

    async def stop():
        await browser.close()
        await playwright.stop()

    loop.run(stop())
