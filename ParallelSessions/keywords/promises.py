"""Promises (the Browser library's): a keyword started now in the current session, its result
collected later with `Wait For`.

A keyword built as a step runs on the library's event loop beside the keywords that follow
it, in the session that was current when it was promised; any other keyword runs in a
thread, as in the Browser library. A promise not collected by the end of its test (or
of the suite, for one made in a suite setup) is collected then, with a warning.
"""

from __future__ import annotations

import concurrent.futures
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from playwright.async_api import Error as PlaywrightError
from robot.api import logger
from robot.api.deco import keyword

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.files import make_private, private_temporary
from ..core.session import SessionHandle
from ..rf.component import SESSION, LibraryComponent
from ..rf.keyword_calls import keyword_call
from ..rf.step_guards import action_error, waiting_bound
from .files import target_path

# How long `Promise To` waits for its keyword to begin before it returns.
START_SECONDS = 5.0


class PromiseError(ParallelSessionsError):
    """A promise could not be made or collected; the message says why."""


@dataclass(eq=False)
class Promise:
    """What `Promise To` returns: give it to `Wait For`."""

    description: str
    session_id: str | None
    future: concurrent.futures.Future
    step: Step | None = None
    handle: SessionHandle | None = None
    limit: float | None = None  # seconds Wait For waits at most; None: the keyword bounds itself

    def __repr__(self) -> str:
        where = f" in session '{self.session_id}'" if self.session_id else ""
        return f"<Promise {self.description}{where}>"

    __str__ = __repr__


class PromiseKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        self._pending: list[Promise] = []
        self._threads = concurrent.futures.ThreadPoolExecutor(
            max_workers=16, thread_name_prefix="ParallelSessions promise")
        library.listener.test_ending.append(lambda name: self._collect_left(f"test '{name}'"))
        library.listener.scope_ended.append(self._collect_at_scope_end)

    @keyword(tags=[SESSION])
    def promise_to(self, kw: str, *args: Any) -> Promise:
        """Starts keyword ``kw`` with ``args`` and returns at once; `Wait For` collects its result.

        Only keywords of this library can be promised. ``kw`` runs in the session
        that is current now, even when the test switches session meanwhile. A
        keyword that can be a step of `Run In Sessions Concurrently` runs beside the
        keywords that follow it on the library's event loop; any other keyword runs
        in a thread. A promise not collected by the end of the test is collected
        then, with a warning, and fails the test if it failed in a session still
        open.

        | ${promise}= | Promise To | Wait For Response | **/lab/waiting/data* | timeout=5s |
        | Click | id=fetch |
        | ${response}= | Wait For | ${promise} |
        """
        call = keyword_call(self.library, kw, args, "Promise To")
        if call is None:
            raise PromiseError(f"Unknown keyword '{kw}'! 'Promise To' can only be used with "
                               f"ParallelSessions keywords.")
        if call.builds_step:
            step = call.step()
            if step.whole is None:
                return self._start(step, self.current_session())
            return self._in_thread(f"{call.name}", step.whole)
        return self._in_thread(call.name, call.call)

    @keyword(tags=[SESSION])
    def promise_to_wait_for_download(self, saveAs: str = "", wait_for_finished: bool = True,
                                     download_timeout: timedelta | None = None) -> Promise:
        """Returns a promise of the next download of the current session's page.

        `Wait For` returns a dictionary: ``saveAs`` (where the file is), ``suggestedFilename``
        (the name the page gave it), ``state`` (``finished``) and ``downloadID``
        (None). ``saveAs`` is the file to save to, relative to the downloads folder
        (see `Download`); without it the file is ``<session>-<suggested name>``
        there. With ``wait_for_finished=False`` the promise resolves when the
        download starts: ``saveAs`` is empty and ``state`` is ``in_progress``.
        ``download_timeout`` bounds the whole download from now; without it the
        download must start within the library's timeout and finish within as long again.

        | ${download}= | Promise To Wait For Download | report.csv | download_timeout=30s |
        | Click | id=export |
        | ${file}= | Wait For | ${download} |
        | File Should Exist | ${file}[saveAs] |
        """
        ms = self.timeout_ms(download_timeout, "download_timeout")
        total = ms if download_timeout is not None else ms * 2

        async def wait(s: SessionHandle) -> dict[str, Any]:
            download = await s.page.wait_for_event("download", timeout=ms)
            name = download.suggested_filename
            if not wait_for_finished:
                return {"saveAs": "", "suggestedFilename": name, "state": "in_progress",
                        "downloadID": None}
            path = target_path(saveAs or None, name, s.session_id)
            with private_temporary(path, "download") as temporary:
                await download.save_as(temporary)
            return {"saveAs": make_private(path), "suggestedFilename": name, "state": "finished",
                    "downloadID": None}

        step = self.step("Promise To Wait For Download", wait, timeout_ms=total,
                         outcome=lambda info: f"{info['state']}, saved as {info['saveAs']}"
                         if info["saveAs"] else info["state"])
        return self._start(step, self.current_session())

    @keyword(tags=[SESSION])
    def promise_to_upload_file(self, path: Path) -> Promise:
        """Returns a promise that puts file ``path`` into the next file chooser of the page.

        Fails at once when ``path`` is no file. The promise fails when no file
        chooser opens within the library's timeout. See also `Upload File By Selector`.

        | ${upload}= | Promise To Upload File | ${CURDIR}/report.txt |
        | Click | id=choose |
        | Wait For | ${upload} |
        """
        file = Path(path)
        if not file.is_file():
            raise PromiseError(f"Nonexistent input file path '{file.resolve()}'")
        ms = self.timeout_ms(None)

        async def upload(s: SessionHandle) -> None:
            chooser = await s.page.wait_for_event("filechooser", timeout=ms)
            await chooser.set_files(str(file.resolve()), timeout=ms)

        step = self.step(f"Promise To Upload File '{file.name}'", upload, timeout_ms=ms)
        return self._start(step, self.current_session())

    @keyword
    def wait_for(self, *promises: Promise) -> Any:
        """Waits for ``promises`` and returns their results (a list when there are several).

        One promise gives its result, several a list in the same order. Fails
        with a promise's own error when its keyword failed (the others are still
        collected first).

        | ${promise}= | Promise To | Wait For Response | **/api/items |
        | Click | id=load |
        | ${response}= | Wait For | ${promise} |
        """
        for promise in promises:
            if not isinstance(promise, Promise):
                raise PromiseError(
                    f"Wait For: '{promise}' is not a promise; give what Promise To, Promise To "
                    f"Wait For Download or Promise To Upload File returned.")
        results, errors = [], []
        for promise in promises:
            if promise in self._pending:
                self._pending.remove(promise)
            try:
                results.append(self._collect(promise))
            except Exception as error:
                errors.append(error)
        if errors:
            if len(errors) == 1:
                raise errors[0]
            raise PromiseError(f"{len(errors)} promises failed: " +
                               " ".join(f"{n}) {e}" for n, e in enumerate(errors, 1)))
        return results[0] if len(results) == 1 else results

    @keyword
    def wait_for_all_promises(self) -> None:
        """Waits for every promise not collected yet with `Wait For`; fails if one of them failed.

        | Promise To | Wait For Response | **/api/items |
        | Click | id=load |
        | Wait For All Promises |
        """
        pending, self._pending = self._pending, []
        if pending:
            self.wait_for(*pending)

    # -- starting and collecting ----------------------------------------------------

    def _start(self, step: Step, handle: SessionHandle) -> Promise:
        """Runs ``step`` in ``handle`` on the loop; returns once it has begun."""
        began = threading.Event()
        run = self.library.activity.recorded(step.description, step.run)

        async def started() -> Any:
            began.set()
            return await run(handle)

        future = self.runtime.loop.submit(started())
        began.wait(START_SECONDS)
        promise = Promise(step.description, handle.session_id, future, step, handle,
                          waiting_bound(step.timeout or self.settings.timeout))
        self._pending.append(promise)
        self.log(handle.session_id, f"Promised: {step.description}")
        return promise

    def _in_thread(self, name: str, call) -> Promise:
        future = self._threads.submit(call)
        promise = Promise(name, self.session_focus.current, future)
        self._pending.append(promise)
        return promise

    def _collect(self, promise: Promise) -> Any:
        try:
            result = promise.future.result(promise.limit)
        except concurrent.futures.TimeoutError:
            promise.future.cancel()
            raise PromiseError(f"{promise} did not finish within {promise.limit:g} seconds and "
                               f"was cancelled.") from None
        except concurrent.futures.CancelledError:
            raise PromiseError(f"{promise} was cancelled before it finished.") from None
        except (PlaywrightError, AssertionError) as error:
            if promise.step is None:
                raise
            raise action_error(promise.step.description, promise.session_id, error, None,
                               self.library.secrets.mask) from None
        if promise.step is not None:
            step = promise.step
            line = f"{step.description}: {step.outcome(result)}" if step.outcome else \
                step.description
            self.log(promise.session_id, line)
            self.log_notes(promise.session_id, step.notes_after(promise.handle, result))
        return result

    def _collect_at_scope_end(self, tag: str) -> None:
        """Promises a suite setup or teardown left: collected, a failure only warns."""
        problem = self._collect_left(f"suite '{tag.split(':', 1)[-1]}'")
        if problem:
            logger.warn(problem)

    def _collect_left(self, where: str) -> str | None:
        """Collects the promises left at the end of ``where``; the failure of one whose
        session is still open, to fail the test with (one whose session closed only warns)."""
        pending, self._pending = self._pending, []
        waited = []
        for promise in pending:
            if promise.session_id and not self.manager.has_session(promise.session_id):
                promise.future.cancel()
                logger.warn(f"{promise} was not collected by the end of {where} and was "
                            f"cancelled: its session had closed.")
            else:
                waited.append(promise)
        if not waited:
            return None
        logger.warn(f"Waiting unresolved promises at the end of {where}: "
                    f"{', '.join(map(str, waited))}; collect them with Wait For or Wait For "
                    f"All Promises.")
        failures = []
        for promise in waited:
            try:
                self._collect(promise)
            except Exception as error:
                failures.append(f"{promise} failed: {error}")
        return " ".join(failures) or None
