"""Geometry with the Browser library's names: sizes, scroll positions, bounding boxes, viewport.

Each getter takes the Browser library's ``key`` (``ALL`` for the whole dictionary,
or one of its keys for that number), then ``assertion_operator``,
``assertion_expected`` and ``message``, as in the Browser library. A dictionary
is checked as a whole (``==``, ``!=``, ``validate``, ``then``) or key by key
against a dictionary of the same keys (``>``, ``<=`` ...); a single number with
any numeric operator.
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any

from assertionengine import (AssertionOperator, float_str_verify_assertion,
                             int_dict_verify_assertion, verify_assertion)
from robot.utils import DotDict

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword


class SizeFields(Enum):
    """What a size getter returns: ``ALL`` (``{'width': ..., 'height': ...}``) or one of them."""

    width = "width"
    height = "height"
    ALL = "ALL"


class AreaFields(Enum):
    """What `Get Scroll Position` returns: ``ALL`` (a dictionary) or one edge of the visible area."""

    top = "top"
    left = "left"
    bottom = "bottom"
    right = "right"
    ALL = "ALL"


class BoundingBoxFields(Enum):
    """What `Get BoundingBox` returns: ``ALL`` (a dictionary) or one of ``x y width height``."""

    width = "width"
    height = "height"
    x = "x"
    y = "y"
    ALL = "ALL"


# The measures of an element (or of the page's document.scrollingElement), read in one call.
_MEASURES = """el => { el = el || document.scrollingElement; return {
    scrollWidth: el.scrollWidth, scrollHeight: el.scrollHeight,
    scrollTop: el.scrollTop, scrollLeft: el.scrollLeft,
    clientWidth: el.clientWidth, clientHeight: el.clientHeight}; }"""


async def measures(component: LibraryComponent, page, selector: str | None,
                   timeout: float) -> dict[str, float]:
    """Scroll and client measures of element ``selector``, or of the page when it is empty."""
    if not selector:
        return await page.evaluate(_MEASURES, None)
    return await locate(page, selector, strict=component.strict).evaluate(
        _MEASURES, timeout=timeout)


def _verify(value: DotDict, key: Enum, operator: AssertionOperator | None, expected: Any,
            message: str | None, whole: str, single: str) -> Any:
    """The Browser library's checks: the dictionary as a whole, or one of its numbers."""
    if key.name == "ALL":
        return int_dict_verify_assertion(value, operator, expected, whole, message)
    return float_str_verify_assertion(value[key.name], operator, expected,
                                      single.format(key=key.name), message)


def _where(selector: str | None) -> str:
    return f" '{selector}'" if selector else ""


class GeometryKeywords(LibraryComponent):

    def _measure_step(self, name: str, selector: str | None, pick, key: Enum,
                      assertion_operator, assertion_expected, message, timeout,
                      whole: str, single: str) -> Step:
        ms = self.timeout_ms(timeout)

        async def read(s, remaining):
            return DotDict(pick(await measures(self, s.page, selector, remaining)))

        return self.assertion_step(
            f"{name}{_where(selector)}", read,
            lambda value: _verify(value, key, assertion_operator, assertion_expected, message,
                                  whole, single),
            ms, message)

    @concurrent_keyword(returns=Any)
    def get_scroll_size(self, selector: str | None = None, key: SizeFields = SizeFields.ALL,
                        assertion_operator: AssertionOperator | None = None,
                        assertion_expected: Any | None = None, message: str | None = None, *,
                        timeout: timedelta | None = None) -> Step:
        """Returns the scrollable size of element ``selector`` (or of the page) as ``{width, height}``.

        That is the element's ``scrollWidth`` and ``scrollHeight``; without
        ``selector`` (or with ``${None}``) those of the page. ``key`` picks one
        number (``width`` or ``height``) instead of the dictionary. With
        ``assertion_operator`` it checks the value (see `Assertions`).

        | ${size}= | Get Scroll Size | id=scroller | | |
        | ${height}= | Get Scroll Size | ${None} | height | |
        | Get Scroll Size | id=scroller | ALL | == | {'width': 1200, 'height': 900} |
        | Get Scroll Size | id=scroller | height | > | 500 |
        """
        return self._measure_step(
            "Get Scroll Size", selector,
            lambda m: {"width": m["scrollWidth"], "height": m["scrollHeight"]}, key,
            assertion_operator, assertion_expected, message, timeout,
            "Scroll size is", "Scroll {key} is")

    @concurrent_keyword(returns=Any)
    def get_scroll_position(self, selector: str | None = None, key: AreaFields = AreaFields.ALL,
                            assertion_operator: AssertionOperator | None = None,
                            assertion_expected: Any | None = None, message: str | None = None,
                            *, timeout: timedelta | None = None) -> Step:
        """Returns the visible area of element ``selector`` (or of the page) as ``{top, left, bottom, right}``.

        ``top`` and ``left`` are how far the content is scrolled, ``bottom`` and
        ``right`` add the client height and width: all are measured from the
        top left corner of the scrollable content. ``key`` picks one of them.

        | ${position}= | Get Scroll Position | id=scroller | | |
        | Get Scroll Position | ${None} | top | == | 0 |
        | Get Scroll Position | id=scroller | ALL | == | {'top': 0, 'left': 0, 'bottom': 200, 'right': 300} |
        """
        return self._measure_step(
            "Get Scroll Position", selector,
            lambda m: {"top": m["scrollTop"], "left": m["scrollLeft"],
                       "bottom": m["scrollTop"] + m["clientHeight"],
                       "right": m["scrollLeft"] + m["clientWidth"]}, key,
            assertion_operator, assertion_expected, message, timeout,
            "Scroll position is", "Scroll position {key} is")

    @concurrent_keyword(returns=Any)
    def get_client_size(self, selector: str | None = None, key: SizeFields = SizeFields.ALL,
                        assertion_operator: AssertionOperator | None = None,
                        assertion_expected: Any | None = None, message: str | None = None, *,
                        timeout: timedelta | None = None) -> Step:
        """Returns the client size of element ``selector`` (or of the page) as ``{width, height}``.

        That is ``clientWidth`` and ``clientHeight``: the visible inside of the
        element, without borders and scroll bars. ``key`` picks one of them.

        | ${size}= | Get Client Size | id=scroller | | |
        | Get Client Size | ${None} | width | == | 1280 |
        """
        return self._measure_step(
            "Get Client Size", selector,
            lambda m: {"width": m["clientWidth"], "height": m["clientHeight"]}, key,
            assertion_operator, assertion_expected, message, timeout,
            "Client size is", "Client {key} is")

    @concurrent_keyword(returns=Any)
    def get_viewport_size(self, key: SizeFields = SizeFields.ALL,
                          assertion_operator: AssertionOperator | None = None,
                          assertion_expected: Any | None = None, message: str | None = None, *,
                          timeout: timedelta | None = None) -> Step:
        """Returns the viewport of the current session's page as ``{width, height}``.

        ``key`` picks one of them. Each session has its own viewport: see
        ``viewport=`` in `Browser options` and `Set Viewport Size`. A page
        without a viewport would return ``None`` and check nothing, as in the
        Browser library; this library's sessions always have one.

        | ${viewport}= | Get Viewport Size | | |
        | Get Viewport Size | ALL | == | {'width': 1280, 'height': 720} |
        | Get Viewport Size | width | >= | 1200 |
        """
        ms = self.timeout_ms(timeout)

        async def read(s, remaining):
            size = s.page.viewport_size
            return None if size is None else DotDict(width=size["width"],
                                                     height=size["height"])

        def check(value):
            if value is None:
                return None
            return _verify(value, key, assertion_operator, assertion_expected, message,
                           "Viewport size is", "{key} is")

        return self.assertion_step("Get Viewport Size", read, check, ms, message)

    @concurrent_keyword("Get BoundingBox", returns=Any)
    def get_boundingbox(self, selector: str, key: BoundingBoxFields = BoundingBoxFields.ALL,
                        assertion_operator: AssertionOperator | None = None,
                        assertion_expected: Any | None = None, message: str | None = None, *,
                        allow_hidden: bool = False, timeout: timedelta | None = None) -> Step:
        """Returns where element ``selector`` is and how big, as ``{x, y, width, height}``.

        ``x`` and ``y`` are its top left corner in the viewport (they change as
        the page scrolls), ``width`` and ``height`` its size. ``key`` picks one
        of them. A hidden element has no bounding box: the keyword fails,
        unless ``allow_hidden=True``, which returns ``None`` instead.

        | ${box}= | Get BoundingBox | id=box | | |
        | ${x}= | Get BoundingBox | id=box | x | |
        | Get BoundingBox | id=box | width | > | 180 |
        | Get BoundingBox | id=box | ALL | validate | value['x'] > value['y'] |
        """
        ms = self.timeout_ms(timeout)

        async def read(s, remaining):
            box = await locate(s.page, selector, strict=self.strict).bounding_box(
                timeout=remaining)
            if box is None and not allow_hidden:
                raise ParallelSessionsError(
                    f"Get BoundingBox failed in session '{s.session_id}' (allow_hidden=True "
                    f"returns None instead): Element is not visible and has no bounding box: "
                    f"{selector}")
            return None if box is None else DotDict(x=box["x"], y=box["y"],
                                                    width=box["width"], height=box["height"])

        def check(value):
            if value is None:
                return verify_assertion(None, assertion_operator, assertion_expected,
                                        "BoundingBox is", message)
            return _verify(value, key, assertion_operator, assertion_expected, message,
                           "BoundingBox is", "BoundingBox {key} is")

        return self.assertion_step(f"Get BoundingBox '{selector}'", read, check, ms, message)

    @concurrent_keyword(returns=None)
    def set_viewport_size(self, width: int, height: int, *,
                          timeout: timedelta | None = None) -> Step:
        """Resizes the viewport of the current session's page to ``width`` x ``height`` pixels.

        Only this page changes; pages the session opens later get the viewport
        the session was opened with (``viewport=`` in `Browser options`), which
        is also the better way to start a session as a phone would.

        | Set Viewport Size | 800 | 600 |
        """
        for name, value in (("width", width), ("height", height)):
            if value <= 0:
                raise ParallelSessionsError(
                    f"Set Viewport Size: invalid {name} {value}; give a positive number of "
                    f"pixels, such as 800 600.")
        ms = self.timeout_ms(timeout)

        async def resize(s):
            await s.page.set_viewport_size({"width": width, "height": height})

        return self.step(f"Set Viewport Size {width}x{height}", resize, timeout_ms=ms)
