"""Accessibility: the accessibility tree of an element as the Browser library returns it."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any

from assertionengine import AssertionOperator, verify_assertion

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.selectors import locate
from ..rf.component import LibraryComponent, concurrent_keyword


class AriaSnapshotReturnType(Enum):
    """What `Get Aria Snapshot` returns: ``yaml`` (the snapshot's text, as Playwright gives it).

    The Browser library's ``dict`` and ``parsed`` need a YAML parser, which this library
    does not depend on: they are refused with a sentence."""

    yaml = "yaml"
    dict = "dict"
    parsed = "parsed"


class AriaSnapshotMode(Enum):
    """``default``: the standard snapshot. ``ai``: with element references such as
    ``[ref=e2]`` and the snapshots of iframes inside, failing at once when nothing matches."""

    default = "default"
    ai = "ai"


class AccessibilityKeywords(LibraryComponent):

    @concurrent_keyword(returns=str)
    def get_aria_snapshot(self, selector: str,
                          return_type: AriaSnapshotReturnType = AriaSnapshotReturnType.yaml,
                          assertion_operator: AssertionOperator | None = None,
                          assertion_expected: Any | None = None, message: str | None = None, *,
                          mode: AriaSnapshotMode = AriaSnapshotMode.default,
                          depth: int | None = None, boxes: bool = False,
                          timeout: timedelta | None = None) -> Step:
        """Returns the accessibility tree of the element ``selector`` matches, as YAML text.

        Each line is a role, its accessible name and its state, as a screen reader would
        announce them (``- heading "Tokens" [level=1]``, ``- button "Create"``), so a
        check on it survives changes of markup that users do not notice. ``depth`` limits
        how deep it goes; ``boxes`` adds each element's box. With an assertion operator
        the snapshot is read again until it holds or the timeout ends. Same as the
        Browser library's keyword, except that ``return_type`` is ``yaml`` only.

        | ${tree}= | Get Aria Snapshot | main |
        | Get Aria Snapshot | nav | *= | link "Tokens" |
        """
        if return_type is not AriaSnapshotReturnType.yaml:
            raise ParallelSessionsError(
                f"Invalid return_type '{return_type.value}': this library returns the aria "
                f"snapshot as yaml text only; check it with an assertion operator (*=, "
                f"matches) or leave return_type out.")
        if depth is not None and depth < 1:
            raise ParallelSessionsError(f"Invalid depth '{depth}': give 1 or more, or leave it "
                                        f"out for the whole tree.")
        strict = self.strict
        options = {"mode": mode.value, "depth": depth, "boxes": boxes or None}

        async def read(s, remaining_ms):
            return await locate(s.page, selector, strict=strict).aria_snapshot(
                timeout=remaining_ms, **options)

        return self.assertion_step(
            f"Get Aria Snapshot '{selector}'", read,
            lambda value: verify_assertion(value, assertion_operator, assertion_expected,
                                           "Aria snapshot", message),
            self.timeout_ms(timeout), message)
