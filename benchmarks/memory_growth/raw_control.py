"""The raw-Playwright control of memory_growth/run.py: the same cycles without the library
and without Robot, so that the Playwright driver's growth can be told from the library's.

Run by run.py as a subprocess (its driver is this process's child, sampled as the robot
scenarios sample theirs, by GrowthLibrary.sample_memory):

* raw_prewarm: per cycle a new context and page, `goto('/')`, the context closed (what
  an opened, used and closed anonymous session costs the driver);
* raw_login_state: per cycle a new context from a saved storage state of a logged-in
  account, `goto('/account/')`, the context closed;
* raw_steps: 30 contexts opened once; per round, in every context at once, a route on
  all requests added and removed: the driver traffic of the library's steps scenario
  (`Get Url` reads Playwright's own record of the URL; a concurrent run with a SYNC
  routes each session's requests to hold its first one, and unroutes after).

Usage: python raw_control.py SCENARIO URL CYCLES EVERY SAMPLES_FILE STATE_FOLDER
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, for common/
sys.path.insert(0, str(HERE))  # GrowthLibrary

from GrowthLibrary import sample_memory  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402

from common.raw_playwright import CONTEXT, launch_options, raw_log_in  # noqa: E402

SESSIONS = 30
USER = "growu01"


async def prewarm(browser, url: str, cycles: int, every: int, samples: str, _state: Path):
    for _ in range(cycles):
        context = await browser.new_context(base_url=url, **CONTEXT)
        page = await context.new_page()
        await page.goto("/")
        await context.close()
        sample_memory(samples, every, cycles)


async def login_state(browser, url: str, cycles: int, every: int, samples: str, state: Path):
    context = await browser.new_context(base_url=url, **CONTEXT)
    await raw_log_in(await context.new_page(), USER)
    state.mkdir(parents=True, exist_ok=True)
    saved = state / f"{USER}.json"
    await context.storage_state(path=str(saved))
    await context.close()
    for _ in range(cycles):
        context = await browser.new_context(base_url=url, storage_state=str(saved), **CONTEXT)
        page = await context.new_page()
        await page.goto("/account/")
        await context.close()
        sample_memory(samples, every, cycles)


async def steps(browser, url: str, rounds: int, every: int, samples: str, _state: Path):
    pages = []
    for _ in range(SESSIONS):
        context = await browser.new_context(base_url=url, **CONTEXT)
        page = await context.new_page()
        await page.goto("/")
        pages.append(page)

    async def let_through(route, _request):
        await route.fallback()

    async def session_round(page):
        await page.context.route("**/*", let_through)
        await page.context.unroute("**/*", let_through)

    for _ in range(rounds):
        await asyncio.gather(*(session_round(page) for page in pages))
        sample_memory(samples, every, rounds)


SCENARIOS = {"raw_prewarm": prewarm, "raw_login_state": login_state, "raw_steps": steps}


async def main(scenario: str, url: str, cycles: int, every: int, samples: str,
               state: Path) -> None:
    async with async_playwright() as playwright:
        options, find_chromium = launch_options()
        browser = await playwright.chromium.launch(
            executable_path=find_chromium(os.environ.get("PARALLEL_SESSION_BROWSER_PATH"),
                                          playwright.chromium.executable_path), **options)
        await SCENARIOS[scenario](browser, url, cycles, every, samples, state)
        await browser.close()


if __name__ == "__main__":
    name, address, count, interval, out, folder = sys.argv[1:7]
    asyncio.run(main(name, address, int(count), int(interval), out, Path(folder)))
