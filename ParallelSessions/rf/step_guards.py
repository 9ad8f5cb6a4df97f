"""What guards every step of a session: a time bound, a page to act on, and Playwright's
errors turned into one sentence naming the session and the action.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Awaitable, Callable, TypeVar

from playwright.async_api import Error as PlaywrightError
from robot.api import logger

from ..core.durations import describe_seconds
from ..core.errors import (ActionTimeoutError, AssertionMessageError, NoPageError,
                            PageCrashedError, SessionActionError)
from ..core.explain import API_PREFIXES, explain
from ..core.session import SessionHandle

T = TypeVar("T")

# How much longer than its own timeout an action may take before the library gives up on
# it: Playwright's own timeout (with its better message) normally comes first; the bound
# catches calls that have none, such as reading the title of a page stuck in a script.
GRACE_SECONDS = 2.0
# Beyond that, how long Robot's thread still waits for the sentence about an abandoned
# action (``_bounded`` probes the page to say why) before it gives up on the loop itself.
REPORT_SECONDS = 5.0


CRASH_HINTS = ("ERR_ABORTED", "crash", "Target closed")


def action_error(description: str, session_id: str, error: BaseException,
                 reason: str | None = None,
                 mask: Callable[[str], str] = lambda text: text) -> BaseException:
    """One sentence naming the action and the session; assertions stay assertions."""
    if isinstance(error, AssertionMessageError):
        return error
    # Playwright's call log can quote the page (an aria snapshot with a typed secret).
    logger.debug(mask(f"[{session_id}] {description}: Playwright said: {error}"))
    message = mask(f"{description} failed in session '{session_id}': {explain(error, reason)}")
    return AssertionError(message) if isinstance(error, AssertionError) else SessionActionError(message)


PLAYWRIGHT_TIMEOUT = re.compile(r"Timeout [\d.]+ms exceeded\.")


def as_keyword_error(error: PlaywrightError, timeout_ms: float,
                     reason: str | None = None) -> PlaywrightError:
    """A getter's Playwright error as an action's reads: no ``Locator.evaluate:`` prefix (a
    concurrent step's table shows the first line as it is), a timeout as the keyword's own
    (``Timeout 5000ms exceeded.``, not the 4999.99 ms left for the last read) with ``reason``.
    """
    first, *rest = str(error).split("\n")
    if first.startswith(API_PREFIXES):
        first = first.split(": ", 1)[-1]
    if PLAYWRIGHT_TIMEOUT.search(first):
        shown = f"{timeout_ms:.0f}" if timeout_ms == int(timeout_ms) else f"{timeout_ms:g}"
        first = PLAYWRIGHT_TIMEOUT.sub(f"Timeout {shown}ms exceeded.", first, count=1)
        if reason:
            first = f"{first} ({reason})"
    return type(error)("\n".join([first, *rest]))


def waiting_bound(timeout: float) -> float:
    """How long Robot's thread waits for an action on the loop whose timeout is ``timeout``:
    the action's own bound (``_bounded``), then the time to say why it was abandoned."""
    return timeout + GRACE_SECONDS + REPORT_SECONDS


def _on_a_page(operation: Callable[[SessionHandle], Awaitable[T]], recovers_crash: bool = False):
    """Wraps a page action: an API session or a crashed page fails with a sentence."""
    async def checked(handle: SessionHandle) -> T:
        if handle.page is None:
            raise NoPageError(
                f"Session '{handle.session_id}' is an API session and has no page; switch to a "
                f"browser session for page keywords, or use the API keywords here.")
        if handle.crashed and not recovers_crash:
            raise PageCrashedError(handle.session_id)
        return await operation(handle)
    return checked


def _noting_start(operation: Callable[[SessionHandle], Awaitable[T]]):
    """Notes when the session's keyword began (the previous start is kept too)."""
    async def noted(handle: SessionHandle) -> T:
        handle.keyword_started = (handle.keyword_started[1], time.monotonic())
        return await operation(handle)
    return noted


def _bounded(description: str, operation: Callable[[SessionHandle], Awaitable[T]],
             timeout: float):
    """Abandons ``operation`` ``GRACE_SECONDS`` after its ``timeout``, with a sentence
    naming that timeout (the tester's) instead of a hang."""
    async def bounded(handle: SessionHandle) -> T:
        try:
            return await asyncio.wait_for(operation(handle), timeout + GRACE_SECONDS)
        except asyncio.TimeoutError:
            if handle.crashed:
                raise PageCrashedError(handle.session_id) from None
            late = f"{description} did not finish in session '{handle.session_id}' within its " \
                   f"timeout of {describe_seconds(timeout)} (abandoned " \
                   f"{describe_seconds(GRACE_SECONDS)} after it)"
            busy = await _main_thread_busy(handle)
            if busy is None:
                reason = "no answer came (the browser or the server may be slow or stuck)"
            elif busy:
                reason = (f"the page does not respond: it answered no script within "
                          f"{describe_seconds(BUSY_PROBE_SECONDS)}, so its main thread is busy (a "
                          f"script on it may be stuck in a loop). Reload the page or close the "
                          f"session; a longer timeout= helps only if the page is merely slow")
            else:
                reason = ("the page itself answers (no script holds it), so the page or its "
                          "server is slow, or what the keyword waits for did not happen. A "
                          "longer timeout= helps if the page is merely slow")
            raise ActionTimeoutError(f"{late}: {reason}.") from None
    return bounded


# How long a page may take to run a trivial script before its main thread counts as busy.
BUSY_PROBE_SECONDS = 1.0


async def _main_thread_busy(handle: SessionHandle) -> bool | None:
    """Whether the page's main thread is busy: it runs no trivial script within a second.

    None when the session has no live page to ask (an API session, a closed page).
    """
    if handle.page is None or handle.page.is_closed():
        return None
    try:
        await asyncio.wait_for(handle.page.evaluate("0"), BUSY_PROBE_SECONDS)
        return False
    except asyncio.TimeoutError:
        return True
    except PlaywrightError:
        return None
