"""What each page printed to its console and the errors it threw, as Browser returns them.

`Get Console Log` and `Get Page Errors` read these records of the current page. Each
page keeps its last MAX_RECORDS of each kind (a page logging in a loop must not
grow the process), and remembers how far a reader got, so that ``full=False`` returns
only what came since the previous read.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta, timezone
from typing import Any

MAX_RECORDS = 1000


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class PageRecords:
    """One kind of record of one page: the last MAX_RECORDS, and a reading mark."""

    def __init__(self):
        self.records: deque[dict[str, Any]] = deque(maxlen=MAX_RECORDS)
        self.added = 0  # how many were ever added
        self.read = 0  # how many of those the previous read returned

    def add(self, record: dict[str, Any]) -> None:
        self.records.append(record)
        self.added += 1

    def take(self, full: bool, last: int | timedelta | None) -> list[dict[str, Any]]:
        """The records, or those since the previous read; the ``last`` n or last period."""
        kept = list(self.records)
        if not full:
            new = self.added - self.read
            kept = kept[len(kept) - min(new, len(kept)):]
        self.read = self.added
        if isinstance(last, timedelta):
            since = datetime.now(timezone.utc) - last
            kept = [r for r in kept
                    if datetime.fromisoformat(r["time"].replace("Z", "+00:00")) >= since]
        elif last is not None:
            kept = kept[-last:] if last > 0 else []
        return kept


class ConsoleRecords:
    """The console messages and uncaught errors of a session's pages, page by page."""

    def __init__(self):
        self._console: dict[Any, PageRecords] = {}
        self._errors: dict[Any, PageRecords] = {}

    def watch(self, page) -> None:
        console, errors = PageRecords(), PageRecords()
        self._console[page], self._errors[page] = console, errors

        def on_console(message) -> None:
            location = message.location or {}
            console.add({"type": message.type, "text": message.text,
                         "location": {"url": location.get("url", ""),
                                      "lineNumber": location.get("lineNumber", 0),
                                      "columnNumber": location.get("columnNumber", 0)},
                         "time": _now()})

        def on_error(error) -> None:
            errors.add({"name": getattr(error, "name", "") or "Error",
                        "message": getattr(error, "message", "") or str(error),
                        "stack": getattr(error, "stack", "") or "", "time": _now()})

        page.on("console", on_console)
        page.on("pageerror", on_error)
        page.on("close", lambda _: self.forget(page))

    def forget(self, page) -> None:
        self._console.pop(page, None)
        self._errors.pop(page, None)

    def console_of(self, page) -> PageRecords:
        return self._console.get(page) or PageRecords()

    def errors_of(self, page) -> PageRecords:
        return self._errors.get(page) or PageRecords()
