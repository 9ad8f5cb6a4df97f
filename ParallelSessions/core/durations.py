"""Durations in Robot Framework's time format, for settings read by the core.

The core has no Robot Framework import (the pytest plugin stands on it), yet its
settings take the time strings testers write in Robot: ``10``, ``1.5``,
``500 ms``, ``3s``, ``1 min 30 s``, ``2 hours``, ``01:30`` (a timer). This is that
format; utest/test_durations.py holds it to Robot's own ``timestr_to_secs``.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

# The longest timeout or delay the library takes, for every keyword and import argument (issue
# 20). Playwright's Node.js timers overflow at 2**31 - 1 ms (about 24.9 days) and then fire at
# once, so "30 days" failed in a second; a day is far below that, and no keyword in a test
# waits a day on purpose: a longer value is a typo (days for seconds) and gets a sentence.
MAX_WAIT_SECONDS = 24 * 3600.0
MAX_WAIT_TEXT = "24 hours"

_UNITS = {
    **dict.fromkeys(("d", "day", "days"), 86400.0),
    **dict.fromkeys(("h", "hour", "hours"), 3600.0),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), 60.0),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0),
    **dict.fromkeys(("ms", "millis", "millisecond", "milliseconds"), 1e-3),
    **dict.fromkeys(("us", "micros", "microsecond", "microseconds"), 1e-6),
    **dict.fromkeys(("ns", "nanos", "nanosecond", "nanoseconds"), 1e-9),
}
_NUMBER = r"(?:\d+(?:\.\d*)?|\.\d+)"
_PART = re.compile(rf"({_NUMBER})([a-z]+)")
_PARTS = re.compile(rf"(?:{_NUMBER}[a-z]+)+")
_TIMER = re.compile(rf"(?:\d+:){{1,2}}{_NUMBER}")


def parse_duration(value: Any) -> float:
    """Seconds in ``value``: a number, a timedelta, a time string or a timer.

    Raises ValueError for anything else.
    """
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).lower().replace(" ", "").replace("_", "")
    sign = -1.0 if text.startswith("-") else 1.0
    text = text.lstrip("+-")
    if re.fullmatch(_NUMBER, text):
        return sign * float(text)
    if _TIMER.fullmatch(text):
        seconds = 0.0
        for part in text.split(":"):
            seconds = seconds * 60 + float(part)
        return sign * seconds
    if _PARTS.fullmatch(text):
        total = 0.0
        for number, unit in _PART.findall(text):
            if unit not in _UNITS:
                raise ValueError(f"unknown time unit '{unit}'")
            total += float(number) * _UNITS[unit]
        return sign * total
    raise ValueError(f"'{value}' is no time")


def describe_seconds(seconds: float) -> str:
    """``seconds`` as a sentence says it: "1 second", "2.5 seconds"."""
    return f"{seconds:g} seconds" if seconds != 1 else "1 second"
