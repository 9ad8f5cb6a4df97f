"""Shared plumbing of the keyword components."""

from __future__ import annotations

import asyncio
import functools
import os
import time
import types
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Awaitable, Callable, TypeVar

from playwright.async_api import Error as PlaywrightError
from robot.api import logger
from robot.api.deco import keyword
from robot.api.types import Secret
from robot.libraries.BuiltIn import BuiltIn, RobotNotRunningError

from ..concurrency.step import Fire, Note, Step
from ..core.actionability import obstacle
from ..core.durations import MAX_WAIT_SECONDS, MAX_WAIT_TEXT
from ..core.errors import (InvalidAssertionError, InvalidSelectorError, NoCurrentSessionError,
                           PageCrashedError, ParallelSessionsError)
from ..core.pages import on_open_page
from ..core.selectors import locate
from ..core.session import SessionHandle
from .assertions import read_until, with_custom_message
from .inputs import InvalidArgument, shown_time
from .step_guards import (CRASH_HINTS, _bounded, _noting_start, _on_a_page, action_error,
                          as_keyword_error, waiting_bound)

if TYPE_CHECKING:
    from ..library import ParallelSessions

T = TypeVar("T")

# Keyword roles, as tags on the keywords (libdoc shows them; the listener and the library read
# them): a step of Run In Sessions Concurrently, a keyword acting in the current session (its
# log line is labelled with the session), one that closes sessions (the idle closer waits), and
# one that runs steps in several sessions (its log gets a timeline).
CONCURRENT = "concurrent"
SESSION = "session"
CLOSING = "closing"
RUNS_STEPS = "runs steps"


def concurrent_keyword(name: str | None = None, *, returns: Any = None):
    """Marks a keyword whose action can also be a step of `Run In Sessions Concurrently`.

    The decorated method builds the keyword's action as a :class:`Step` and returns it
    (``return self.step(...)``). Called as a keyword, the step is performed in the current
    session; `Run In Sessions Concurrently` takes the same step from ``step_builder`` and
    runs it in each of its sessions. ``returns`` is the keyword's return type (libdoc shows
    it); the method itself returns the step.
    """
    def decorate(build: Callable[..., Step]):
        @functools.wraps(build)
        def run(self, *args, **kwargs):
            return self.perform(build(self, *args, **kwargs))

        # libdoc and PythonLibCore read a keyword's arguments, types, source and line from
        # what it wraps: the builder's, except that the keyword returns what its step returns.
        shown = types.FunctionType(build.__code__, build.__globals__, build.__name__,
                                   build.__defaults__, build.__closure__)
        shown.__kwdefaults__ = build.__kwdefaults__
        shown.__annotations__ = {**build.__annotations__, "return": returns}
        run.__wrapped__ = shown
        run.step_builder = build
        return keyword(name, tags=[CONCURRENT])(run)
    return decorate


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
    def session_focus(self):
        return self.library.session_focus

    @property
    def opener(self):
        return self.library.opener

    @property
    def strict(self) -> bool:
        """Strict mode (`Set Strict Mode`): pass it to ``locate`` so one-element keywords honour it."""
        return self.library.strict_mode

    @property
    def browser_timeout(self) -> float:
        """The keywords' default timeout in seconds: ``timeout``, or `Set Browser Timeout`'s."""
        return self.library.scoped["timeout"].value

    @property
    def retry_assertions_for(self) -> float | None:
        """Seconds a getter retries a failing assertion (`Set Retry Assertions For`); None:
        until the keyword's timeout."""
        return self.library.scoped["retry_assertions_for"].value

    def timeout_ms(self, timeout: timedelta | None, argument: str = "timeout") -> float:
        """A keyword's ``timeout`` in milliseconds (the library's by default); 0 or less and
        more than MAX_WAIT_SECONDS are refused (rf/inputs.py: one conversion for all times)."""
        if timeout is None:
            return self.browser_timeout * 1000
        seconds = timeout.total_seconds()
        if 0 < seconds <= MAX_WAIT_SECONDS:
            return seconds * 1000
        raise InvalidArgument(
            f"Invalid {argument} '{shown_time(seconds)}': give a positive time of at most "
            f"{MAX_WAIT_TEXT} such as 3s or 500 ms, or leave {argument} out to use the library's "
            f"({self.browser_timeout:g} seconds).")

    def log(self, session_id: str, message: str, level: str = "INFO", html: bool = False) -> None:
        logger.write(f"[{session_id}] {message}", level, html)

    def close_idle_sessions(self) -> None:
        """Closes sessions idle longer than session_timeout, with a warning naming each."""
        limit = self.settings.session_timeout
        if not any(s.idle_seconds() > limit for s in self.manager.sessions()):
            return
        for session_id in self.runtime.run(self.manager.close_idle(limit)):
            self.session_focus.forget(session_id)
            logger.warn(f"Session '{session_id}' was idle longer than {limit:g} seconds "
                        f"(session_timeout) and was closed.")

    def adopt(self, handle: SessionHandle) -> None:
        """Makes a newly opened session current and ties it to the running test or suite."""
        handle.scope = self.library.listener.scope()
        self.session_focus.switch(handle.session_id)

    def _obstacle(self, handle: SessionHandle, selector: str | None,
                  error: BaseException) -> str | None:
        """After an action on ``selector`` timed out: what stands in its way now, if anything."""
        if selector is None or handle.page is None or "Timeout" not in str(error):
            return None
        try:
            return self.runtime.run(obstacle(handle.page, selector, self.strict), timeout=5)
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

    def read_and_assert(self, *args: Any, **kwargs: Any) -> Any:
        """A getter performed at once (see `assertion_step`)."""
        return self.perform(self.assertion_step(*args, **kwargs))

    def assertion_step(self, description: str,
                        read: Callable[[SessionHandle, float], Awaitable[Any]],
                        check: Callable[[Any], Any], timeout_ms: float,
                        custom_message: str | None = None, as_secret: bool = False,
                        selector: str | None = None) -> Step:
        """A getter's step: ``read(session, remaining_ms)`` until ``check`` holds.

        Once a value is read and ``check`` fails, it is retried for `Set Retry Assertions
        For`'s time if one is set, else until ``timeout_ms`` ends. It fails as an action
        does: a timeout is the keyword's ``timeout_ms`` and, when ``selector`` (the element
        read) matches nothing, says so; no Playwright prefix.

        ``check`` is an assertion-engine call: it returns the value (or what an
        operator such as ``then`` makes of it) or raises AssertionError. With
        ``as_secret`` the value is returned as a Secret, remembered so that it
        is masked everywhere, and kept out of the log and of failure messages.
        """
        check = with_custom_message(check, custom_message)
        secrets = self.library.secrets
        retry = self.retry_assertions_for  # the one in force when the step is built
        retry_ms = None if retry is None else retry * 1000

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
                                         timeout_ms, retry_ms)
            except InvalidAssertionError as error:
                raise InvalidAssertionError(
                    f"{description} in session '{handle.session_id}': invalid assertion: "
                    f"{error} See Assertions in the library documentation for the operators "
                    f"each getter takes.") from None
            except PlaywrightError as error:
                reason = await _nothing_matches(handle, selector) \
                    if selector is not None and "Timeout" in str(error) else None
                raise as_keyword_error(error, timeout_ms, reason) from None
            return Secret(str(value)) if as_secret and value is not None else value

        def outcome(value: Any) -> str:
            if isinstance(value, Secret):
                return "*****"
            text = repr(value)
            return secrets.mask(text if len(text) <= 200 else text[:200] + "...")

        return self.step(description, operation, timeout_ms=timeout_ms, outcome=outcome)

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
        session_id = self.session_focus.current
        if session_id is None or not self.manager.has_session(session_id):
            raise NoCurrentSessionError(
                "No session is current: open one with Open Session, Open Admin Session, "
                "Open Account Session or Open Anonymous Session, or switch to an open one.")
        return self.manager.require_session(session_id)

    def step(self, description: str, operation: Callable[[SessionHandle], Awaitable[T]],
             prepare: Callable[[SessionHandle], Awaitable[Fire]] | None = None,
             needs_page: bool = True, timeout_ms: float | None = None,
             outcome: Callable[[T], str] | None = None, recovers_crash: bool = False,
             selector: str | None = None,
             after: Callable[[SessionHandle, T], list[Note]] | None = None) -> Step:
        """One browser action as a :class:`Step`, ready to run in any session.

        ``needs_page=False`` lets the action run in API sessions, which have no page.
        ``timeout_ms`` is the action's own timeout (the library's by default): the
        action is abandoned a little after it, whatever Playwright does, so no keyword
        can hang. ``outcome`` turns the result into a note for the log line;
        ``recovers_crash`` lets the action run on a crashed page (`Reload`) or a closed
        one (the page keywords: `New Page`, `Switch Page` ...); any other page action
        fails with a sentence when its page has closed or closes itself meanwhile (see
        pages.on_open_page). ``selector`` is the element acted on: when the action times
        out, the element is asked why (not visible, not enabled, covered) for the error
        message. ``after(session, result)`` gives what the keyword logs after its action
        (a warning about a 404, say), alone and as a concurrent step alike.
        """
        limit = (self.browser_timeout * 1000 if timeout_ms is None else timeout_ms) / 1000
        if needs_page and not recovers_crash:
            operation = on_open_page(description, operation)
        operation = _bounded(description, operation, limit)
        if needs_page:
            operation = _on_a_page(operation, recovers_crash)
        operation = _noting_start(operation)
        return Step(description, operation,
                    prepare and _on_a_page(_bounded(description, prepare, limit)),
                    activity=self.library.activity, timeout=limit, in_page=needs_page,
                    outcome=outcome, selector=selector, after=after)

    def perform(self, step: Step, handle: SessionHandle | None = None) -> Any:
        """Runs ``step`` in the current session (or ``handle``), logged with the session's id.

        Playwright's errors become one sentence naming the session and the action.
        """
        if step.whole is not None:
            return step.whole()
        handle = handle or self.current_session()
        self.log_page_notes(handle)  # what happened since the session's previous keyword
        started = time.perf_counter()
        dialogs_before = len(handle.dialogs)
        try:
            # The step is noted in the test's activity record (timeline, summary).
            run = self.library.activity.recorded(step.description, step.run)
            result = self._run(step.description, run, handle, step.timeout, step.selector)
        except BaseException:
            self.log_page_notes(handle)
            self.log_dialogs(handle, dialogs_before)
            raise
        finally:
            handle.touch()
        line = f"{step.description}: {step.outcome(result)}" if step.outcome else \
            step.description
        if self.settings.debug:
            took = (time.perf_counter() - started) * 1000
            line = f"{line} ({took:.0f} ms)"
        self.log_page_notes(handle)  # what happened during this keyword
        self.log(handle.session_id, line)
        self.log_dialogs(handle, dialogs_before)
        self.log_notes(handle.session_id, step.notes_after(handle, result))
        return result

    def act(self, description: str, operation: Callable[[SessionHandle], Awaitable[T]],
            handle: SessionHandle | None = None, **options: Any) -> T:
        """Builds the step (see `step` for ``options``) and performs it at once."""
        return self.perform(self.step(description, operation, **options), handle)

    def log_notes(self, session_id: str, notes: list[Note]) -> None:
        """What a step said after it ran: (level, message) pairs, logged for its session."""
        for level, message in notes:
            self.log(session_id, self.library.secrets.mask(message), level)

    def _run(self, description: str, operation, handle: SessionHandle, limit: float | None,
             selector: str | None) -> Any:
        """Runs the action on the loop; Playwright's errors become one sentence."""
        limit = self.browser_timeout if limit is None else limit
        try:
            return self.runtime.run(operation(handle), timeout=waiting_bound(limit))
        except (PlaywrightError, AssertionError) as error:
            if handle.crashed or self._crash_follows(handle, error):
                raise PageCrashedError(handle.session_id) from None
            reason = self._obstacle(handle, selector, error)
            raise action_error(description, handle.session_id, error, reason,
                               self.library.secrets.mask) from None
        except InvalidSelectorError as error:  # the tester's input: the sentence names the keyword
            raise InvalidSelectorError(
                f"{description} failed in session '{handle.session_id}': {error}") from None


async def _nothing_matches(handle: SessionHandle, selector: str) -> str | None:
    """Why a read of ``selector`` timed out: nothing matches it (else None)."""
    try:
        count = await asyncio.wait_for(locate(handle.page, selector).count(), 1)
    except Exception:  # a stuck or closed page: the timeout itself still stands
        return None
    return "no element matches the selector" if count == 0 else None


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
