"""The raw Playwright side of benchmarks/memory/run.py, run in a process of its own.

Argument: a JSON job {url, users, password, path, launch, context}. Launches Chromium
(``launch``: the library's executable and arguments, found by run.py) and opens the
sessions ten at a time as memory.robot does: ten contexts and pages created concurrently,
then each logged in through the portal's form, one after another. Then writes the PSS of
this process tree to ``path`` (common/proctree.py). Imports only Playwright and proctree, so
that this process holds what a raw Playwright script holds.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/, for common/

from common.proctree import write_tree_memory  # noqa: E402

BATCH = 10


async def run(job):
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**job["launch"])

        async def open_page():
            context = await browser.new_context(base_url=job["url"], **job["context"])
            return await context.new_page()

        pages = []
        for start in range(0, len(job["users"]), BATCH):  # as memory.robot's Open Sessions
            batch = job["users"][start:start + BATCH]
            opened = await asyncio.gather(*(open_page() for _ in batch))
            for page, user in zip(opened, batch):
                await page.goto("/account/login")
                await page.fill("#username", user)
                await page.fill("#password", job["password"])
                await page.click("button[type=submit]")
                await page.wait_for_url("**/account/dashboard")
            pages += opened
        assert all(page.url.endswith("/account/dashboard") for page in pages)
        await asyncio.to_thread(write_tree_memory, job["path"])
        await browser.close()


if __name__ == "__main__":
    asyncio.run(run(json.loads(sys.argv[1])))
