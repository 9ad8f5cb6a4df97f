"""`Highlight Elements`: a border around elements, for a screenshot or a video, as in the
Browser library, drawn so that it changes nothing a later keyword sees.

The border is drawn in a closed shadow root of one element outside ``<body>`` that
takes no clicks (``pointer-events: none``): a click still reaches the element under
it, no selector of the page finds the boxes, and `Get Page Source` leaves it out.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from enum import Enum

from playwright.async_api import Error as PlaywrightError

from ..concurrency.step import Note, Step
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import duration_ms

OVERLAY_TAG = "parallelsessions-highlight"

_DRAW = """(elements, o) => {
    const host = document.createElement(o.tag);
    host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;'
        + 'border:0;pointer-events:none;z-index:2147483647';
    const root = host.attachShadow({mode: 'closed'});
    for (const element of elements) {
        const rect = element.getBoundingClientRect();
        const box = document.createElement('div');
        box.style.position = 'absolute';
        box.style.pointerEvents = 'none';
        box.style.boxSizing = 'content-box';
        box.style.top = `calc(${rect.top + window.scrollY}px - ${o.width})`;
        box.style.left = `calc(${rect.left + window.scrollX}px - ${o.width})`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        box.style.border = `${o.width} ${o.style} ${o.color}`;
        root.appendChild(box);
    }
    document.documentElement.appendChild(host);
    if (o.ms > 0) setTimeout(() => host.remove(), o.ms);
}"""


class HighlightMode(Enum):
    """How `Highlight Elements` draws: ``border`` (a border of the given width, style and
    colour), ``playwright`` (Playwright's own highlight) or ``both``."""

    border = "border"
    playwright = "playwright"
    both = "both"


class HighlightKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        self._removals: set[asyncio.Task] = set()  # Playwright highlights to remove later

    @concurrent_keyword(returns=int)
    def highlight_elements(self, selector: str, duration: timedelta = timedelta(seconds=5),
                           width: str = "2px", style: str = "dotted", color: str = "blue", *,
                           mode: HighlightMode = HighlightMode.border,
                           timeout: timedelta | None = None) -> Step:
        """Draws a border around the elements ``selector`` matches and returns how many.

        It never fails for lack of elements (0 matched, 0 returned) nor for many,
        and does not wait for them or scroll to them. ``width``, ``style`` and
        ``color`` are CSS (``4px``, ``solid``, ``#FF00FF``). ``duration=0`` keeps the
        highlight until the page changes. ``mode=playwright`` uses Playwright's own
        highlight instead (``both``: both); `Highlight Elements` with an empty
        ``selector`` removes those.

        The highlight changes nothing later keywords see: clicks pass through it,
        no selector finds it, and `Get Page Source` leaves it out.

        | Highlight Elements | ul#fruits >> li | duration=200ms |
        | ${count}= | Highlight Elements | li.ripe | width=4px | style=solid | color=\\#FF00FF |
        | Highlight Elements | ${EMPTY} |
        """
        ms = self.timeout_ms(timeout)
        wait = duration_ms(duration, "duration", example="5s") / 1000
        options = {"tag": OVERLAY_TAG, "ms": wait * 1000, "width": width, "style": style,
                   "color": color}
        notes: list[Note] = []

        async def draw(s) -> int:
            if not selector.strip():
                await s.page.hide_highlight()
                return 0
            locator = locate(s.page, selector)
            try:
                count = await locator.count()
            except PlaywrightError:
                return 0
            try:
                if mode is not HighlightMode.border:
                    highlight = await locator.highlight()
                    if wait > 0:
                        self._remove_later(highlight, wait)
                if mode is not HighlightMode.playwright:
                    await locator.evaluate_all(_DRAW, options)
            except PlaywrightError as error:
                notes.append(("WARN", f"Highlight Elements '{selector}' drew nothing: "
                                      f"{str(error).splitlines()[0]}"))
            return count

        return self.step(f"Highlight Elements '{selector}'", draw, timeout_ms=ms,
                         outcome=lambda count: f"{count} highlighted",
                         after=lambda handle, count: list(notes))

    def _remove_later(self, highlight, seconds: float) -> None:
        """Removes a Playwright highlight after ``seconds``; a page gone meanwhile took it along."""
        async def remove() -> None:
            await asyncio.sleep(seconds)
            try:
                await highlight.dispose()
            except PlaywrightError:
                pass

        task = asyncio.get_running_loop().create_task(remove())
        self._removals.add(task)
        task.add_done_callback(self._removals.discard)
