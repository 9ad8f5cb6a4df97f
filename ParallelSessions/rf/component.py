"""Shared plumbing of the keyword components."""

from __future__ import annotations

import asyncio
import os
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Awaitable, Callable, TypeVar

from playwright.async_api import Error as PlaywrightError
from robot.api import logger
from robot.api.deco import keyword
from robot.api.types import Secret
from robot.libraries.BuiltIn import BuiltIn, RobotNotRunningError

from ..concurrency.runner import Fire, PlannedStep
from ..core.actionability import obstacle
from ..core.errors import (ActionTimeoutError, AssertionMessageError, InvalidAssertionError,
                           NoCurrentSessionError, NoPageError, PageCrashedError,
                           ParallelSessionsError, SessionActionError)
from ..core.explain import explain
from ..core.pages import on_open_page
from ..core.session import SessionHandle
from .assertions import read_until, with_custom_message

if TYPE_CHECKING:
    from ..library import ParallelSessions

T = TypeVar("T")

CONCURRENT = "concurrent"
# How much longer than its own timeout an action may take before the library gives up on
# it: Playwright's own timeout (with its better message) normally comes first; the bound
# catches calls that have none, such as reading the title of a page stuck in a script.
GRACE_SECONDS = 2.0


def concurrent_keyword(name: str | None = None):
    """Marks a keyword that can also be a step of `Run In Sessions Concurrently`.

    Its body must be a single ``self.act(...)`` call, so it can be planned.
    """
    return keyword(name, tags=[CONCURRENT])


def normalise_keyword_name(name: str) -> str:
    """Robot's matching: case, spaces and underscores ignored; a library prefix dropped."""
    return name.rsplit(".", 1)[-1].lower().replace(" ", "").replace("_", "")


def reveal(value: Secret | str | None) -> str | None:
    """The text of a Robot Framework Secret (or of a plain value); None stays None."""
    if value is None:
        return None
    return value.value if isinstance(value, Secret) else str(value)


class LibraryComponent:
    """Base of keyword components: typed access to the library's shared state."""

    def __init__(self, library: "ParallelSessions"):
        self.library = library

    @property
    def runtime(self):
        return self.library.runtime

    @property
    def manager(self):
        return self.library.runtime.manager

    @property
    def settings(self):
        return self.library.settings

    @property
    def focus(self):
        return self.library.focus

    def timeout_ms(self, timeout: timedelta | None) -> float:
        """A keyword's ``timeout`` in milliseconds (the library's by default); 0 or less is refused."""
        if timeout is None:
            return self.settings.timeout * 1000
        seconds = timeout.total_seconds()
        if seconds <= 0:
            raise ParallelSessionsError(
                f"Invalid timeout '{describe_seconds(seconds)}': give a positive time such as "
                f"3s or 500 ms, or leave timeout out to use the library's "
                f"({self.settings.timeout:g} seconds).")
        return seconds * 1000

    def log(self, session_id: str, message: str, level: str = "INFO", html: bool = False) -> None:
        logger.write(f"[{session_id}] {message}", level, html)

    def close_idle_sessions(self) -> None:
        """Closes sessions idle longer than session_timeout, with a warning naming each."""
        limit = self.settings.session_timeout
        if not any(s.idle_seconds() > limit for s in self.manager.sessions()):
            return
        for session_id in self.runtime.run(self.manager.close_idle(limit)):
            self.focus.forget(session_id)
            logger.warn(f"Session '{session_id}' was idle longer than {limit:g} seconds "
                        f"(session_timeout) and was closed.")

    def adopt(self, handle: SessionHandle) -> None:
        """Makes a newly opened session current and ties it to the running test or suite."""
        handle.scope = self.library.listener.scope()
        self.focus.switch(handle.session_id)

    def _obstacle(self, handle: SessionHandle, selector: str | None,
                  error: BaseException) -> str | None:
        """After an action on ``selector`` timed out: what stands in its way now, if anything."""
        if selector is None or handle.page is None or "Timeout" not in str(error):
            return None
        try:
            return self.runtime.run(obstacle(handle.page, selector), timeout=5)
        except Exception:  # the page may be gone or stuck; the error itself still stands
            return None

    def _crash_follows(self, handle: SessionHandle, error: BaseException) -> bool:
        """Whether the renderer crash an aborted action hints at is reported within a second."""
        if handle.page is None or not any(hint in str(error) for hint in CRASH_HINTS):
            return False

        async def crash_reported() -> bool:
            try:
                await handle.page.wait_for_event("crash", timeout=1000)
            except PlaywrightError:
                pass
            return handle.crashed

        return self.runtime.run(crash_reported())

    def read_and_assert(self, description: str,
                        read: Callable[[SessionHandle, float], Awaitable[Any]],
                        check: Callable[[Any], Any], timeout_ms: float,
                        custom_message: str | None = None, as_secret: bool = False) -> Any:
        """A getter: ``read(session, remaining_ms)`` until ``check`` holds, through `act`.

        ``check`` is an assertion-engine call: it returns the value (or what an
        operator such as ``then`` makes of it) or raises AssertionError. With
        ``as_secret`` the value is returned as a Secret, remembered so that it
        is masked everywhere, and kept out of the log and of failure messages.
        """
        check = with_custom_message(check, custom_message)
        secrets = self.library.secrets

        def checked(value: Any) -> Any:
            if as_secret and value is not None:
                secrets.add(str(value))
            try:
                return check(value)
            except AssertionError as error:
                if as_secret:
                    raise type(error)(secrets.mask(str(error))) from None
                raise

        # A read whose page closes itself meanwhile is done again on the session's new page.
        read_open = on_open_page(description, read, rerun=True)

        async def operation(handle: SessionHandle) -> Any:
            try:
                value = await read_until(lambda remaining: read_open(handle, remaining), checked,
                                         timeout_ms)
            except InvalidAssertionError as error:
                raise InvalidAssertionError(
                    f"{description} in session '{handle.session_id}': invalid assertion: "
                    f"{error} See Assertions in the library documentation for the operators "
                    f"each getter takes.") from None
            return Secret(str(value)) if as_secret and value is not None else value

        def outcome(value: Any) -> str:
            if isinstance(value, Secret):
                return "*****"
            text = repr(value)
            return secrets.mask(text if len(text) <= 200 else text[:200] + "...")

        return self.act(description, operation, timeout_ms=timeout_ms, outcome=outcome)

    def log_page_notes(self, handle: SessionHandle) -> None:
        """Logs what happened to the session's pages that no keyword has logged yet.

        Pages close themselves on the library's loop; the note waits for the
        session's next keyword, so that it is logged on Robot's main thread.
        """
        for note in handle.pages.take_notes():
            self.log(handle.session_id, note)

    def log_dialogs(self, handle: SessionHandle, seen_before: int) -> None:
        """Logs the dialogs that appeared in ``handle`` since it had ``seen_before`` of them."""
        for record in handle.dialogs[seen_before:]:
            self.log(handle.session_id, self.library.secrets.mask(
                f"Dialog: {record.describe()} (see Handle Future Dialogs)."))

    def current_session(self) -> SessionHandle:
        session_id = self.focus.current
        if session_id is None or not self.manager.has_session(session_id):
            raise NoCurrentSessionError(
                "No session is current: open one with Open Session, Open Admin Session, "
                "Open Account Session or Open Anonymous Session, or switch to an open one.")
        return self.manager.require_session(session_id)

    def act(self, description: str, operation: Callable[[SessionHandle], Awaitable[T]],
            handle: SessionHandle | None = None,
            prepare: Callable[[SessionHandle], Awaitable[Fire]] | None = None,
            needs_page: bool = True, timeout_ms: float | None = None,
            outcome: Callable[[T], str] | None = None, recovers_crash: bool = False,
            selector: str | None = None) -> T:
        """Runs one browser action in the current session, logged with its id.

        Playwright's errors become one sentence naming the session and the action.
        While the library plans concurrent steps, the action is returned as a
        PlannedStep instead of being run. ``needs_page=False`` lets the action
        run in API sessions, which have no page. ``timeout_ms`` is the action's
        own timeout (the library's by default): the action is abandoned a little
        after it, whatever Playwright does, so no keyword can hang. ``outcome``
        turns the result into a note for the log line; ``recovers_crash`` lets
        the action run on a crashed page (`Reload`) or a closed one (the page
        keywords: `New Page`, `Switch Page` ...); any other page action fails
        with a sentence when its page has closed or closes itself meanwhile
        (see pages.on_open_page). ``selector`` is
        the element acted on: when the action times out, the element is asked
        why (not visible, not enabled, covered) for the error message.
        """
        limit = (self.settings.timeout * 1000 if timeout_ms is None else timeout_ms) / 1000
        if needs_page and not recovers_crash:
            operation = on_open_page(description, operation)
        operation = _bounded(description, operation, limit + GRACE_SECONDS)
        if needs_page:
            operation = _on_a_page(operation, recovers_crash)
        operation = _noting_start(operation)
        # Every step is noted in the test's activity record (timeline, summary).
        activity = self.library.listener.activity
        operation = activity.recorded(description, operation)
        if self.library.planning:
            return PlannedStep(description, operation, prepare and activity.recorded_prepare(
                description, _on_a_page(_bounded(description, prepare, limit + GRACE_SECONDS))),
                activity=activity, timeout=limit, in_page=needs_page)
        handle = handle or self.current_session()
        self.log_page_notes(handle)  # what happened since the session's previous keyword
        started = time.perf_counter()
        dialogs_before = len(handle.dialogs)
        try:
            result = self._run(description, operation, handle, limit, selector)
        except BaseException:
            self.log_page_notes(handle)
            self.log_dialogs(handle, dialogs_before)
            raise
        finally:
            handle.touch()
        line = f"{description}: {outcome(result)}" if outcome else description
        if self.settings.debug:
            took = (time.perf_counter() - started) * 1000
            line = f"{line} ({took:.0f} ms)"
        self.log_page_notes(handle)  # what happened during this keyword
        self.log(handle.session_id, line)
        self.log_dialogs(handle, dialogs_before)
        return result

    def _run(self, description: str, operation, handle: SessionHandle, limit: float,
             selector: str | None) -> Any:
        """Runs the action on the loop; Playwright's errors become one sentence."""
        try:
            return self.runtime.run(operation(handle), timeout=limit + GRACE_SECONDS + 5)
        except (PlaywrightError, AssertionError) as error:
            if handle.crashed or self._crash_follows(handle, error):
                raise PageCrashedError(handle.session_id) from None
            reason = self._obstacle(handle, selector, error)
            raise action_error(description, handle.session_id, error, reason,
                               self.library.secrets.mask) from None


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


def parse_expected_status(value: int | str | None, keyword_name: str) -> int | str | None:
    """``expected_status``: None (the keyword's default), ``any``, or an HTTP status 100-599."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in ("any", "anything"):
        return "any"
    if text.isdigit() and 100 <= int(text) <= 599:
        return int(text)
    raise ParallelSessionsError(
        f"{keyword_name}: invalid expected_status '{value}'; give an HTTP status from 100 to 599 "
        f"such as 201 or 404, or 'any' to accept every status.")


def output_dir() -> str:
    """Robot's ${OUTPUT DIR}, or the working directory outside a run."""
    try:
        return BuiltIn().get_variable_value("${OUTPUT DIR}") or os.getcwd()
    except RobotNotRunningError:
        return os.getcwd()


def current_item_name() -> str:
    """The running test's name, else the suite's (for file names)."""
    try:
        variables = BuiltIn()
        return variables.get_variable_value("${TEST NAME}") or \
            variables.get_variable_value("${SUITE NAME}") or "run"
    except RobotNotRunningError:
        return "run"


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
             seconds: float):
    """Abandons ``operation`` after ``seconds``, with a sentence instead of a hang."""
    async def bounded(handle: SessionHandle) -> T:
        try:
            return await asyncio.wait_for(operation(handle), seconds)
        except asyncio.TimeoutError:
            if handle.crashed:
                raise PageCrashedError(handle.session_id) from None
            late = f"{description} did not finish in session '{handle.session_id}' within " \
                   f"{describe_seconds(seconds)}"
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


def describe_seconds(seconds: float) -> str:
    return f"{seconds:g} seconds" if seconds != 1 else "1 second"
