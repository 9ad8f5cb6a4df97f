"""Pre-warmed sessions: a pool of fresh contexts, each with a page, ready for the next session.

With ``prewarm=N`` the library keeps N browser contexts made with its current
defaults (base URL, viewport, locale, the import-level browser options), each with
a page open. While videos are recorded (``record_video``) the pool stays empty: a
ready context would film its wait before its session. A session that needs exactly those defaults takes
one instead of waiting for Chromium; the pool then makes a new one in the
background, on the library's event loop. A context is handed out once and never
comes back: a closed session's context is closed, as without a pool.

Ready contexts are not sessions (no id, not counted by ``max_sessions``). When the
defaults change (`Set Base Url`), the ready contexts no longer match and are
closed and replaced. A refill that fails is noted once (:meth:`take_problems`, for
the library to log on Robot's thread) and not retried until the next session or
keyword asks for one, so a dead browser never makes the pool spin.

Python users of :class:`ParallelSessionManager` may set ``manager.prewarm =
ContextPool(manager, 2)`` and must ``await manager.prewarm.drain()`` before closing
the browser.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Any

from ..core.errors import ParallelSessionsError
from ..core.options import SessionOptions, context_arguments

CLOSE_SECONDS = 5.0
REFILL_DELAY = 0.05


@dataclass(eq=False)
class Ready:
    recipe: dict[str, Any]  # the new_context arguments it was made with
    browser: Any
    context: Any
    page: Any


def recipe(manager) -> dict[str, Any] | None:
    """The ``new_context`` arguments of a session opened with nothing but the defaults.

    None while videos are recorded: nothing is prewarmed then.
    """
    if manager.videos is not None and manager.videos.mode != "OFF":
        return None
    defaults = {"base_url": manager.base_url, "viewport": manager.viewport,
                "locale": manager.locale, "storage_state": None}
    return context_arguments(defaults, manager.option_defaults, SessionOptions(), {})


class ContextPool:
    """Up to ``size`` ready contexts of ``manager``'s browser; see the module's docs."""

    def __init__(self, manager, size: int):
        self.manager = manager
        self.size = size
        self._ready: list[Ready] = []
        self._filling: asyncio.Task | None = None
        self._filling_for: Any = None  # the browser that fill works for
        self._closing: set[asyncio.Task] = set()
        self._changed: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._failure: str | None = None  # the last refill failure, until one succeeds
        self._problems: list[str] = []
        self._lock = threading.Lock()  # _problems is read on Robot's thread
        self.taken = 0
        self.drained = False  # True from drain() until a session opens or someone waits

    # -- state (any thread) --------------------------------------------------------

    @property
    def ready(self) -> int:
        return len(self._ready)

    def describe(self) -> str:
        if recipe(self.manager) is None:
            return ("no contexts are prewarmed while videos are recorded (record_video): a ready "
                    "context would film its wait")
        failure = f"; the last refill failed: {self._failure}" if self._failure else ""
        return (f"{self.ready} of {self.size} prewarmed contexts ready, {self.taken} taken by "
                f"sessions{failure}")

    def take_problems(self) -> list[str]:
        """Refill failures noted since the last call (each failure once), to log."""
        with self._lock:
            problems, self._problems = self._problems, []
        return problems

    def nudge(self) -> None:
        """From any thread: drop ready contexts the defaults no longer match, refill."""
        if self._loop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self.refill)
            except RuntimeError:  # the loop closed meanwhile: the library is shutting down
                pass

    # -- on the loop -----------------------------------------------------------------

    def take_for(self, arguments: dict[str, Any], plain: bool) -> tuple[Any, Any] | None:
        """A ready (context, page) made with ``arguments`` for a session opening now, or None:
        open one on demand. ``plain``: the session has no options of its own and no saved
        login state (only such a session can take a ready context).

        The pool refills a moment later: the keyword that took a context answers first (the
        library also nudges the pool right after each keyword, see ParallelSessions.run_keyword).
        """
        self.drained = False  # a session opens: the pool is in use (again)
        ready = self.take(arguments) if plain else None
        asyncio.get_running_loop().call_later(REFILL_DELAY, self.refill)
        return ready

    def take(self, arguments: dict[str, Any]) -> tuple[Any, Any] | None:
        """The oldest ready (context, page) made with ``arguments``, or None."""
        self._discard_stale()
        for ready in self._ready:
            if ready.recipe == arguments:
                self._ready.remove(ready)
                self.taken += 1
                return ready.context, ready.page
        return None

    def refill(self) -> None:
        """Starts filling in the background unless full, filling or without a browser."""
        self._loop = asyncio.get_running_loop()
        self._discard_stale()
        browser = self.manager.browser
        if self._filling and not self._filling.done() and self._filling_for is not browser:
            # A fill for a browser that died can wait for an answer that never comes.
            self._filling.cancel()
            self._filling = None
        if self.drained or len(self._ready) >= self.size or \
                (self._filling and not self._filling.done()):
            return
        if browser is None or not browser.is_connected() or recipe(self.manager) is None:
            return
        self._filling_for = browser
        self._filling = self._loop.create_task(self._fill())

    async def _fill(self) -> None:
        while len(self._ready) < self.size:
            browser = self.manager.browser
            if browser is None or not browser.is_connected():
                return
            wanted = recipe(self.manager)
            if wanted is None:
                return
            try:
                context = await self._new_context(browser, wanted)
                try:
                    page = await context.new_page()
                except BaseException:
                    self._close_later(context)
                    raise
            except Exception as error:  # noted once, the next session opens on demand
                self._note_failure(error)
                return
            self._failure = None
            self._ready.append(Ready(wanted, browser, context, page))
            self._discard_stale()
            self._signal()

    def _discard_stale(self) -> None:
        """Closes ready contexts of another browser or made with other defaults."""
        browser = self.manager.browser
        current = recipe(self.manager) if browser is not None else None
        for ready in [r for r in self._ready if r.browser is not browser or r.recipe != current]:
            self._ready.remove(ready)
            self._close_later(ready.context)

    def _note_failure(self, error: BaseException) -> None:
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0].rstrip(".")
        if self._failure is None:
            with self._lock:
                self._problems.append(
                    f"Prewarm could not make a ready context (sessions open on demand until "
                    f"it can): {first_line}")
        self._failure = first_line
        self._signal()

    def _signal(self) -> None:
        if self._changed is not None:
            self._changed.set()

    async def _new_context(self, browser, arguments: dict[str, Any]):
        """``browser.new_context``, which a drain cannot orphan: cancelled while the browser
        makes it, the context is closed once it comes (drain waits for that close)."""
        making = asyncio.ensure_future(browser.new_context(**arguments))
        try:
            return await asyncio.shield(making)
        except asyncio.CancelledError:
            task = asyncio.get_running_loop().create_task(_close_when_made(making))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)
            raise

    def _close_later(self, context) -> None:
        task = asyncio.get_running_loop().create_task(_close_quietly(context))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def wait_full(self, seconds: float) -> int:
        """Waits until every ready context is there (refilling first); returns how many.

        Fails at once when a refill failed, or after ``seconds``, with a sentence.
        Returns 0 at once while videos are recorded (nothing is prewarmed then).
        """
        if recipe(self.manager) is None:
            return 0
        self.drained = False
        self._changed = self._changed or asyncio.Event()
        deadline = time.monotonic() + seconds
        self.refill()
        while len(self._ready) < self.size:
            if self._filling is None or self._filling.done():
                reason = f": {self._failure}" if self._failure else ""
                raise ParallelSessionsError(
                    f"The prewarm pool has {len(self._ready)} of {self.size} ready contexts and "
                    f"cannot make more{reason}.")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), max(deadline - time.monotonic(), 0))
            except asyncio.TimeoutError:
                raise ParallelSessionsError(
                    f"The prewarm pool had {len(self._ready)} of {self.size} ready contexts after "
                    f"{seconds:g} seconds; raise the timeout or lower prewarm.") from None
        return len(self._ready)

    async def drain(self) -> None:
        """Stops filling and closes every ready context (the library is closing).

        Nothing is refilled until the next session opens.
        """
        self.drained = True
        filling, self._filling = self._filling, None
        if filling is not None and not filling.done():
            filling.cancel()
            await asyncio.gather(filling, return_exceptions=True)
        ready, self._ready = self._ready, []
        await asyncio.gather(*(_close_quietly(r.context) for r in ready),
                             *list(self._closing), return_exceptions=True)


async def _close_when_made(making: asyncio.Future) -> None:
    """Closes the context ``making`` gives, if it gives one."""
    try:
        context = await asyncio.wait_for(making, CLOSE_SECONDS)
    except Exception:  # never made, or the browser is gone: nothing to close
        return
    await _close_quietly(context)


async def _close_quietly(context) -> None:
    """Closes a ready context; one of a dead browser may refuse or never answer."""
    try:
        await asyncio.wait_for(context.close(), CLOSE_SECONDS)
    except Exception:  # nothing to report: the context was never a session
        pass


def prewarm_pool(size: int):
    """What a manager makes its pool of ``size`` ready contexts with (None: no prewarm)."""
    return (lambda manager: ContextPool(manager, size)) if size else None
