"""Benchmark baseline: the spread raw Playwright gets holding and continuing requests itself.

The floor under benchmarks/release_spread/run.py: 5 contexts on the portal's token form, a
context route holding each POST, and all 5 continued in one ``asyncio.gather`` once all
are held, with no library in between. What remains is Chromium, the Playwright driver and
the portal. Same portal, accounts and measure (first to last arrival of the 5 POSTs).

Usage: python benchmarks/release_spread/run_raw.py [repetitions] [loaded: 1 or 0]
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import sys
from pathlib import Path

from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/, for common/

from common.busy_cores import busy_cores  # noqa: E402
from common.portal import PASSWORD, create_accounts, demo_portal, portal_call  # noqa: E402
from common.raw_playwright import launch_options, raw_log_in  # noqa: E402

USERS = [f"raw{n}x" for n in range(1, 6)]


# mode: (label, whether the account pages submit their forms by fetch(): cookie forms=fetch)
MODES = {
    "navigation": ("form posts that navigate", False),
    "fetch": ("forms submitted by fetch()", True),
    "lab_bodyless": ("onclick fetch() POST without a body (lab)", False),
    "lab_body": ("onclick fetch() POST with a body (lab)", False),
}
LAB_BUTTONS = {"lab_bodyless": "#bodyless", "lab_body": "#with-body"}


async def spreads(url: str, mode: str, repetitions: int, run_id: str) -> list[float]:
    fetch_forms = MODES[mode][1]
    async with async_playwright() as playwright:
        options, find_chromium = launch_options()
        browser = await playwright.chromium.launch(
            executable_path=find_chromium(os.environ.get("PARALLEL_SESSION_BROWSER_PATH"),
                                          playwright.chromium.executable_path), **options)
        pages = []
        for user in USERS:
            context = await browser.new_context(base_url=url)
            page = await context.new_page()
            await raw_log_in(page, user, PASSWORD)
            if fetch_forms:
                await page.evaluate("document.cookie = 'forms=fetch; path=/'")
            pages.append(page)
        measured = []
        for round_no in range(repetitions):
            if mode in LAB_BUTTONS:
                button, done = LAB_BUTTONS[mode], "#token.issued"
                await asyncio.gather(*(page.goto("/lab/release") for page in pages))
            else:
                button, done = "button[type=submit]", ".token-value"
                await asyncio.gather(*(page.goto("/account/tokens/new") for page in pages))
                await asyncio.gather(*(page.fill("#name", f"{run_id}-{round_no}")
                                       for page in pages))
            portal_call(url, "DELETE", "/_test/arrivals")
            held = []
            all_held = asyncio.get_running_loop().create_future()

            async def hold(route, request):
                if request.method != "POST":
                    await route.fallback()
                    return
                held.append(route)
                if len(held) == len(pages) and not all_held.done():
                    all_held.set_result(None)

            for page in pages:
                await page.context.route("**/*", hold)
            clicks = [asyncio.ensure_future(page.click(button)) for page in pages]
            await asyncio.wait_for(all_held, 30)
            await asyncio.gather(*(route.continue_() for route in held))
            await asyncio.gather(*clicks)
            await asyncio.gather(*(page.wait_for_selector(done) for page in pages))
            for page in pages:
                await page.context.unroute("**/*", hold)
            times = [a["t_ms"] for a in portal_call(url, "GET", "/_test/arrivals")["arrivals"]]
            assert len(times) == len(pages), times
            measured.append(max(times) - min(times))
        await browser.close()
    return measured


def main(repetitions: str = "20", loaded: str = "1") -> int:
    runs = [("quiet machine", False)] + ([("both cores busy", True)] if loaded == "1" else [])
    with demo_portal() as url:
        create_accounts(url, USERS, PASSWORD)
        for title, load in runs:
            before = os.getloadavg()[0]
            print(f"\nRaw Playwright, hold and continue together, {title} (ms; load average "
                  f"{before:.1f} before):")
            print(f"{'mode':48} {'runs':>5} {'median':>8} {'max':>8}")
            with (busy_cores() if load else contextlib.nullcontext()):
                for mode, (label, _) in MODES.items():
                    run_id = f"{'busy' if load else 'quiet'}{mode}"
                    figures = asyncio.run(spreads(url, mode, int(repetitions), run_id))
                    print(f"{label:48} {len(figures):5d} {statistics.median(figures):8.1f} "
                          f"{max(figures):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
