"""Reading a value until an assertion about it holds (the Browser library's retry semantics).

The operators themselves are robotframework-assertion-engine's, so ``==``, ``*=``,
``matches``, ``validate`` and the rest behave exactly as in the Browser library.
Pure asyncio: it runs on the library's loop, so a getter with an assertion can
also be a concurrent step.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any, Awaitable, Callable

from ..core.errors import AssertionMessageError, InvalidAssertionError

# How often a value is read again while an assertion does not hold yet.
POLL_SECONDS = 0.1
# A read never gets less time than this (nor more than the whole timeout), also the
# last one after the deadline.
MIN_READ_MS = 1000.0

Read = Callable[[float], Awaitable[Any]]  # remaining milliseconds -> value
Check = Callable[[Any], Any]  # value -> returned value; AssertionError when it does not hold


async def read_until(read: Read, check: Check, timeout_ms: float,
                     retry_ms: float | None = None) -> Any:
    """Reads and checks until ``check`` passes or ``timeout_ms`` is over.

    Returns what ``check`` returns (the value, or what ``then``/``matches`` make
    of it). The last AssertionError is raised when time is up. A misused
    operator (a ValueError or AttributeError from the engine) fails at once.
    With ``retry_ms`` (the Browser library's ``retry_assertions_for``), the
    assertion is retried for that long after it first fails, and no longer
    than ``timeout_ms`` in all; the first read may wait the whole timeout.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_ms / 1000
    failed: AssertionError | None = None
    while True:
        remaining_ms = max(min(MIN_READ_MS, timeout_ms), (deadline - loop.time()) * 1000)
        try:
            value = await read(remaining_ms)
        except Exception:
            if failed is not None and loop.time() >= deadline:
                raise failed from None  # what the assertion saw says more than a late read
            raise
        try:
            return check(value)
        except AssertionError as error:
            if failed is None and retry_ms is not None:
                deadline = min(deadline, loop.time() + retry_ms / 1000)
            failed = error
            if loop.time() >= deadline:
                raise
        except (ValueError, AttributeError, RuntimeError, TypeError) as error:
            raise InvalidAssertionError(str(error)) from None
        except re.error as error:  # matches, validate's re.search: not a ValueError
            raise InvalidAssertionError(
                f"'{error.pattern}' is not a valid regular expression: {error}.") from None
        await asyncio.sleep(min(POLL_SECONDS, max(0.0, deadline - loop.time())))


def with_custom_message(check: Check, custom_message: str | None) -> Check:
    """A failure with the tester's own ``message`` is shown exactly as they wrote it."""
    if not custom_message:
        return check

    def checked(value: Any) -> Any:
        try:
            return check(value)
        except AssertionError as error:
            raise AssertionMessageError(str(error)) from None

    return checked
