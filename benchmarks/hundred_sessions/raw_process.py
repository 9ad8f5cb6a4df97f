"""The raw Playwright side of benchmarks/hundred_sessions/run.py, in a process of its own.

Argument: a JSON job {url, users, password, endpoints, server_pids, path, context}. Connects
to the browser servers and does what hundred_sessions.robot does: contexts put on the
servers in turn, opened ten at a time (created concurrently, then logged in through the
portal's form one after another, as `Open Sessions` does), then one ``gather`` over all
pages reading each dashboard's account name. Writes the seconds of both phases and the PSS
of this process tree plus the servers' trees to ``path``. Imports only Playwright and
proctree.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/, for common/

from common.proctree import settled_tree_memory  # noqa: E402

BATCH = 10


async def run(job):
    async with async_playwright() as pw:
        browsers = [await pw.chromium.connect(endpoint) for endpoint in job["endpoints"]]

        async def open_page(number):
            browser = browsers[number % len(browsers)]
            context = await browser.new_context(base_url=job["url"], **job["context"])
            return await context.new_page()

        start = time.perf_counter()
        pages = []
        users = job["users"]
        for first in range(0, len(users), BATCH):
            batch = users[first:first + BATCH]
            opened = await asyncio.gather(*(open_page(first + n) for n in range(len(batch))))
            for page, user in zip(opened, batch):
                await page.goto("/account/login")
                await page.fill("#username", user)
                await page.fill("#password", job["password"])
                await page.click("button[type=submit]")
                await page.wait_for_url("**/account/dashboard")
            pages += opened
        opened_at = time.perf_counter()

        async def step(page):
            await page.goto("/account/dashboard")
            return await page.locator(".username").text_content()

        read = await asyncio.gather(*(step(page) for page in pages))
        done = time.perf_counter()
        assert read == users, read
        memory = await asyncio.to_thread(settled_tree_memory,
                                         roots=[os.getpid(), *job["server_pids"]])
        Path(job["path"]).write_text(json.dumps(
            {"open_s": opened_at - start, "step_s": done - opened_at, "memory": memory}))
        for browser in browsers:
            for context in browser.contexts:
                await context.close()
            await browser.close()


if __name__ == "__main__":
    asyncio.run(run(json.loads(sys.argv[1])))
