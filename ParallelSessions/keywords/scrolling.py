"""Scrolling with the Browser library's names: `Scroll To` a position, `Scroll By` a distance.

Distances are pixels, percentages of the scrollable range (``50%``) or words:
``top``/``bottom`` and ``left``/``right`` for `Scroll To`, ``height`` and
``width`` (one visible height or width, ``-height`` back) for `Scroll By`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from enum import Enum

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword


class ScrollBehavior(Enum):
    """Whether `Scroll To` and `Scroll By` jump (``auto``) or scroll ``smooth``ly."""

    auto = "auto"
    smooth = "smooth"


# Scrolls el (the page's document.scrollingElement when null). Each direction is a spec
# from _absolute or _relative: [kind, number], resolved against the element's own sizes.
_SCROLL = """(el, a) => { el = el || document.scrollingElement;
    const px = (spec, range, client) => spec[0] === 'px' ? spec[1] : spec[0] === 'end' ? range
        : spec[0] === 'client' ? spec[1] * client : Math.floor(range * spec[1] / 100);
    const top = px(a.vertical, el.scrollHeight - el.clientHeight, el.clientHeight);
    const left = px(a.horizontal, el.scrollWidth - el.clientWidth, el.clientWidth);
    el[a.method]({top, left, behavior: a.behavior}); }"""


def _number(value: str) -> list | None:
    try:
        return ["px", round(float(value))]
    except ValueError:
        return None


def _absolute(keyword: str, name: str, value: str, start: str, end: str) -> list:
    """A `Scroll To` coordinate: pixels, ``start``/``end``, or a percentage of the range."""
    text = str(value).strip()
    number = _number(text)
    if number is not None:
        return number
    if text.lower() in (start, end):
        return ["px", 0] if text.lower() == start else ["end", 0]
    percent = re.fullmatch(r"(\d+(?:\.\d+)?)%", text)
    if percent:
        return ["percent", float(percent.group(1))]
    raise ParallelSessionsError(
        f"{keyword}: invalid {name} '{value}'. Argument must be positive int, percentage or "
        f"string <{start}|{end}> but was {type(value)} with value `{value}`.")


def _relative(keyword: str, name: str, value: str, client: str) -> list:
    """A `Scroll By` distance: pixels, ``[-]height``/``[-]width``, or a percentage of the range."""
    text = str(value).strip()
    number = _number(text)
    if number is not None:
        return number
    visible = re.fullmatch(rf"([-+]?)({client})", text, re.IGNORECASE)
    if visible:
        return ["client", -1 if visible.group(1) == "-" else 1]
    percent = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)%", text)
    if percent:
        return ["percent", float(percent.group(1))]
    raise ParallelSessionsError(
        f"{keyword}: invalid {name} '{value}'. Argument must be int, percentage or string "
        f"<width|height> but was {type(value)} with value `{value}`.")


class ScrollingKeywords(LibraryComponent):

    def _scroll_step(self, description: str, selector: str | None, method: str,
                     vertical: list, horizontal: list, behavior: ScrollBehavior,
                     timeout: timedelta | None) -> Step:
        ms = self.timeout_ms(timeout)
        arg = {"vertical": vertical, "horizontal": horizontal, "method": method,
               "behavior": behavior.value}

        async def scroll(s):
            if not selector:
                await s.page.evaluate(f"a => ({_SCROLL})(null, a)", arg)
            else:
                await locate(s.page, selector, strict=self.strict).evaluate(_SCROLL, arg,
                                                                            timeout=ms)

        return self.step(description, scroll, timeout_ms=ms, selector=selector or None)

    @concurrent_keyword(returns=None)
    def scroll_to(self, selector: str | None = None, vertical: str = "top",
                  horizontal: str = "left", behavior: ScrollBehavior = ScrollBehavior.auto, *,
                  timeout: timedelta | None = None) -> Step:
        """Scrolls element ``selector`` (or the page) to a position.

        Without ``selector`` (``${None}`` or ``${EMPTY}``) the page scrolls.
        ``vertical`` is a number of pixels (``300``), a percentage of the
        scrollable range (``50%``), ``top`` or ``bottom``; ``horizontal`` the
        same with ``left`` and ``right``. ``behavior`` is ``auto`` (at once)
        or ``smooth``. To bring an element into view use `Scroll To Element`.

        | Scroll To | ${None} | bottom | | |
        | Scroll To | id=scroller | 50% | 100 | |
        | Scroll To | id=scroller | top | right | smooth |
        """
        name = "Scroll To"
        v = _absolute(name, "vertical", vertical, "top", "bottom")
        h = _absolute(name, "horizontal", horizontal, "left", "right")
        where = f" '{selector}'" if selector else ""
        return self._scroll_step(f"{name}{where} {vertical} {horizontal}", selector,
                                 "scrollTo", v, h, behavior, timeout)

    @concurrent_keyword(returns=None)
    def scroll_by(self, selector: str | None = None, vertical: str = "height",
                  horizontal: str = "0", behavior: ScrollBehavior = ScrollBehavior.auto, *,
                  timeout: timedelta | None = None) -> Step:
        """Scrolls element ``selector`` (or the page) by a distance from where it is.

        Without ``selector`` (``${None}`` or ``${EMPTY}``) the page scrolls.
        ``vertical`` is a number of pixels (``50`` down, ``-50`` up), a
        percentage of the scrollable range (``10%``, ``-10%``), or ``height``
        (one visible height down; ``-height`` up); ``horizontal`` the same to
        the right with ``width``. ``behavior`` is ``auto`` or ``smooth``.

        | Scroll By | | | |
        | Scroll By | id=scroller | 100 | -50 |
        | Scroll By | ${None} | -height | |
        """
        name = "Scroll By"
        v = _relative(name, "vertical", vertical, "height")
        h = _relative(name, "horizontal", horizontal, "width")
        where = f" '{selector}'" if selector else ""
        return self._scroll_step(f"{name}{where} {vertical} {horizontal}", selector,
                                 "scrollBy", v, h, behavior, timeout)
