"""Renders a log.html in headless Chromium: a PNG of its first failed test, and what it shows.

    python scripts/render_log.py <log.html> <out.png> [--width 1280] [--scale 1.0] [--compact]

The first test with failure evidence is opened with its failing keyword expanded
(as a tester clicking through would see it); the PNG shows that test. On
standard output comes one JSON object describing the rendered page, which
atest/evidence/evidence.robot checks:

- ``timeline``: per SVG timeline, its lanes (session ids), whether the failure
  is marked and in which lane, and how many bars it has;
- ``gallery``: the sessions of the first gallery in order, which are marked
  failing, and the width each image is shown at;
- ``keyword_lines``: the collapsed keyword lines (name and arguments) of the test;
- ``png``: the file written, with its size in pixels.

``--compact`` (for the README's picture) leaves out the screenshots of the
sessions that did not fail and the test's documentation.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from playwright.async_api import async_playwright
from robot.api import ExecutionResult

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ParallelSessions.browser.chromium import find_chromium, managed_chromium_path  # noqa: E402

DESCRIBE = """() => {
  const timelines = [...document.querySelectorAll('svg.ps-timeline')].map(svg => ({
    lanes: [...svg.querySelectorAll('g.lane')].map(g => g.dataset.session),
    failing_lanes: [...svg.querySelectorAll('g.lane.failing')].map(g => g.dataset.session),
    failure: (svg.querySelector('g.failure') || {dataset: {}}).dataset.session || null,
    bars: svg.querySelectorAll('g.step').length,
    syncs: svg.querySelectorAll('g.sync').length,
    width: Math.round(svg.getBoundingClientRect().width),
  }));
  const gallery = document.querySelector('.ps-gallery');
  const figures = gallery ? [...gallery.querySelectorAll('figure.ps-shot')].map(f => ({
    session: f.dataset.session,
    failing: f.classList.contains('failing'),
    caption: f.querySelector('figcaption').innerText,
    image_width: Math.round((f.querySelector('img') || {getBoundingClientRect: () => ({width: 0})})
                            .getBoundingClientRect().width),
  })) : [];
  const lines = [...document.querySelectorAll('.keyword > .element-header')]
    .filter(h => h.offsetParent !== null)
    .map(h => (h.querySelector('.name').innerText + '  ' + h.querySelector('.arg').innerText).trim());
  return {timeline: timelines, gallery: figures, keyword_lines: lines};
}"""


def failing_keyword(log: Path) -> tuple[str, str]:
    """Ids of the first test with failure evidence and of the keyword that logged it.

    A probe's expected failures are PASS after robotstatuschecker, so the test
    is found by its evidence (the gallery, else a timeline), not by its status.
    """
    result = ExecutionResult(str(log.with_name("output.xml")))
    for test in result.suite.all_tests:
        found: list[str] = []

        def visit(item):
            for child in getattr(item, "body", []):
                if child.type == "MESSAGE":
                    if "ps-gallery" in child.message:
                        found.insert(0, item.id)
                    elif "ps-timeline" in child.message:
                        found.append(item.id)
                else:
                    visit(child)
        visit(test)
        if found:
            return test.id, found[0]
    raise SystemExit(f"{log}: no test with failure evidence to render.")


COMPACT_CSS = """
figure.ps-shot:not(.failing), .test > .children > table.metadata { display: none !important; }
"""


async def render(log: Path, png: Path, width: int, scale: float, compact: bool = False) -> dict:
    test_id, keyword_id = failing_keyword(log)
    executable = await asyncio.to_thread(lambda: find_chromium(None, managed_chromium_path()))
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, headless=True)
        try:
            page = await browser.new_page(viewport={"width": width, "height": 900},
                                          device_scale_factor=scale)
            await page.goto(f"{log.resolve().as_uri()}#{keyword_id}")
            await page.wait_for_selector(f"[id='{keyword_id}'] .children",
                                         state="visible")
            await page.wait_for_load_state("load")  # the screenshots in the gallery
            await page.evaluate("() => Promise.all([...document.images].map(i => i.complete ? 0 :"
                                " new Promise(r => { i.onload = i.onerror = r; })))")
            described = await page.evaluate(DESCRIBE)
            if compact:
                await page.add_style_tag(content=COMPACT_CSS)
            test = page.locator(f"[id='{test_id}']")
            await test.screenshot(path=str(png))
            box = await test.bounding_box()
        finally:
            await browser.close()
    described["png"] = {"path": str(png), "width": round(box["width"] * scale),
                        "height": round(box["height"] * scale)}
    return described


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1280, help="viewport width (pixels)")
    parser.add_argument("--scale", type=float, default=1.0, help="device scale factor")
    parser.add_argument("--compact", action="store_true",
                        help="only the failing session's screenshot, no test documentation")
    options = parser.parse_args(argv)
    print(json.dumps(asyncio.run(render(options.log, options.png, options.width,
                                        options.scale, options.compact)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
