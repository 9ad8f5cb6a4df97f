"""The event loop the library owns, and the browser it starts lazily on it.

Robot Framework calls keywords on its main thread, one after another. Every
Playwright object lives on one asyncio loop in a background thread; keywords
submit coroutines to it and wait. Concurrent steps (several sessions at the
same instant) are then plain ``asyncio.gather`` on that loop.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import threading
from contextlib import contextmanager
from typing import Awaitable, Callable, Iterator, TypeVar

from playwright.async_api import async_playwright

from ..core.errors import BrowserLostError, BrowserUnresponsiveError
from ..core.manager import ParallelSessionManager
from ..core.settings import Settings
from .chromium import connect_chromium, launch_chromium
from .prewarm import prewarm_pool
from .servers import BrowserServers, sessions_on

# Beyond the library's timeout, how long a browser operation may take before the
# library stops waiting for it (starting Chromium on a busy machine takes seconds).
GUARD_SECONDS = 30.0

T = TypeVar("T")


def _quiet_about_a_dead_driver(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    """A killed driver leaves Playwright futures nobody awaits; the library reports the
    death itself (BrowserLostError), so asyncio's 'never retrieved' error is noise."""
    if "Connection closed while reading from the driver" in str(context.get("exception")):
        return
    loop.default_exception_handler(context)


@contextmanager
def _disconnection(browser) -> Iterator[asyncio.Future]:
    """A future set when ``browser`` disconnects; it listens only inside the block."""
    gone = asyncio.get_running_loop().create_future()

    def notice(_):
        if not gone.done():
            gone.set_result(True)

    browser.once("disconnected", notice)
    try:
        yield gone
    finally:
        browser.remove_listener("disconnected", notice)


class EventLoopThread:
    """An asyncio loop in a daemon thread, started on first use."""

    def __init__(self, name: str = "ParallelSessions"):
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _start(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if not self.running:
                loop = asyncio.new_event_loop()
                loop.set_exception_handler(_quiet_about_a_dead_driver)
                ready = threading.Event()

                def serve():
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()
                    loop.close()

                self._thread = threading.Thread(target=serve, name=self._name, daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    def run(self, coroutine: Awaitable[T], timeout: float | None = None) -> T:
        """Runs ``coroutine`` on the loop and waits for its result.

        If the wait is interrupted (Ctrl-C, a Robot timeout), the coroutine is
        cancelled so that nothing keeps running behind the tester's back.
        """
        loop = self._start()
        future = asyncio.run_coroutine_threadsafe(coroutine, loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise BrowserUnresponsiveError(
                f"The browser did not answer within {timeout:g} seconds, so the library stopped "
                f"waiting; if it stays stuck, close the sessions (Close All Sessions) so the next "
                f"session starts a fresh browser.") from None
        except BaseException:
            future.cancel()
            raise

    def submit(self, coroutine: Awaitable[T]) -> "concurrent.futures.Future[T]":
        """Starts ``coroutine`` on the loop and returns at once (a promise's keyword)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._start())

    def stop(self) -> None:
        with self._lock:
            if self.running:
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._thread.join(10)
            self._thread = None
            self._loop = None


class BrowserRuntime:
    """Owns the loop, Playwright, one Chromium and the session manager.

    Nothing starts in ``__init__``: libdoc and dry runs import the library.
    The browser starts at the first session and stops at :meth:`shutdown`.
    """

    def __init__(self, settings: Settings, manager: ParallelSessionManager | None = None):
        """``manager`` is the session manager whose browser this runtime starts and watches;
        by default one made from ``settings``."""
        self.settings = settings
        self.loop = EventLoopThread()
        self.manager = manager or ParallelSessionManager(
            None, max_sessions=settings.max_sessions, viewport=settings.viewport,
            base_url=settings.base_url, locale=settings.locale, timeout=settings.timeout,
            limit_source=settings.source_of("max_sessions"), reuse_logins=settings.reuse_logins,
            prewarm=prewarm_pool(settings.prewarm))
        self._playwright = None
        self._registered_exit = False
        self._died = False
        self.driver_lost = False
        self.lost_sessions: list[str] = []
        self.lost_servers: list[str] = []  # names of browser servers that died, see servers.py
        self._lost_lock = threading.Lock()  # written on the loop thread, read on Robot's

    @property
    def browser_started(self) -> bool:
        return self.manager.browser is not None

    @property
    def guard_seconds(self) -> float:
        return self.manager.timeout + GUARD_SECONDS  # Set Browser Timeout changes it

    def run(self, operation: Callable[[], Awaitable[T]] | Awaitable[T],
            timeout: float | None = None) -> T:
        """Runs a coroutine (or a coroutine function) on the loop, waiting at most ``timeout``.

        ``timeout`` defaults to the library's timeout plus a margin; ``0`` waits as long as
        the operation takes (it must bound itself).
        """
        coroutine = operation() if callable(operation) else operation
        return self.loop.run(coroutine, self.guard_seconds if timeout is None else timeout or None)

    def run_with_browser(self, operation: Callable[[ParallelSessionManager], Awaitable[T]],
                         what: str | None = None) -> T:
        """Starts the browser if needed, then runs ``operation(manager)``.

        ``what`` (e.g. "opening 8 sessions of role 'anonymous'") names the work in the
        error when the browser dies meanwhile, which fails at once rather than
        after the library's guard time, or when it does not answer in time.
        """

        async def with_browser():
            await self._ensure_browser()
            browser = self.manager.browser
            if what is None or isinstance(browser, BrowserServers) or browser is None:
                return await operation(self.manager)
            work = asyncio.ensure_future(operation(self.manager))
            with _disconnection(browser) as gone:
                await asyncio.wait([work, gone], return_when=asyncio.FIRST_COMPLETED)
            if work.done():
                return work.result()
            work.cancel()
            lost = self.take_lost_sessions()  # this error names them: the test need not
            raise BrowserUnresponsiveError(
                f"Chromium stopped (crashed or was killed) while {what}"
                + (f"; {len(lost)} open session(s) were lost with it: {', '.join(lost)}"
                   if lost else "") + "; the next session opens in a fresh browser.")

        try:
            return self.loop.run(with_browser(), self.guard_seconds)
        except BrowserUnresponsiveError as error:
            if what is None or "Chromium stopped" in str(error):
                raise
            raise BrowserUnresponsiveError(
                f"The browser did not answer within {self.guard_seconds:g} seconds while "
                f"{what}, so the library stopped waiting; if it stays stuck, close the "
                f"sessions (Close All Sessions) so the next session starts a fresh "
                f"browser.") from None

    async def _ensure_browser(self) -> None:
        if self.manager.browser is not None and self.manager.browser.is_connected():
            return
        if self._playwright is None:
            self._playwright = await async_playwright().start()
            self.manager.devices = self._playwright.devices  # for the device= option
        if self.settings.browser_endpoint:
            browser = BrowserServers(self.settings.browser_endpoint, self._connect,
                                     self._server_lost)
        else:
            browser = await launch_chromium(
                self._playwright, executable=self.settings.browser_path,
                headless=self.settings.headless)
            browser.on("disconnected", self._disconnected)
        self.manager.browser = browser
        if not self._registered_exit:
            atexit.register(self.shutdown)
            self._registered_exit = True

    def _disconnected(self, browser) -> None:
        """Chromium went away. Unless we closed it, its sessions are lost: remember them."""
        if browser is not self.manager.browser:
            return  # our own close: manager.browser is cleared before browser.close()
        with self._lost_lock:
            self._died = True
            self.manager.browser = None
            self.lost_sessions.extend(self.manager.forget_all())

    async def _connect(self, endpoint: str, described: str):
        return await connect_chromium(self._playwright, endpoint, described)

    def _server_lost(self, servers: BrowserServers, server, browser) -> None:
        """A browser server went away: only the sessions on it are lost."""
        if servers is not self.manager.browser:
            return  # a driver that died took every session already
        with self._lost_lock:
            lost = self.manager.forget_all(only=sessions_on(self.manager.sessions(), browser))
            if lost:  # a server that had none of our sessions is only left out from now on
                self._died = True
                self.lost_servers.append(server.name)
                self.lost_sessions.extend(lost)

    def browser_died(self) -> bool:
        """After an action failed with a closed target: did the browser or the driver go away?

        Waits (up to 5 s) for Playwright to report the disconnection, which can
        arrive just after the failed action. A dead Playwright driver reports
        nothing: it is found by a round trip to it, and then forgotten, so the
        next session starts a fresh driver and browser.
        """
        browser = self.manager.browser

        async def disconnected() -> bool:
            if browser is None or self._died:
                return self._died
            if not await self._driver_alive():
                self._forget_driver()
                return True
            if isinstance(browser, BrowserServers):  # did a server die, taking sessions?
                return self._died or (await browser.lost_within(5) and self._died)
            if not browser.is_connected():
                return True
            with _disconnection(browser) as gone:
                try:
                    return await asyncio.wait_for(gone, 5)
                except asyncio.TimeoutError:
                    return False

        return self.loop.running and self.loop.run(disconnected())

    async def _driver_alive(self) -> bool:
        """One round trip to the Playwright driver that does not involve the browser."""
        if self._playwright is None:
            return True
        try:
            request = await asyncio.wait_for(self._playwright.request.new_context(), 5)
            await asyncio.wait_for(request.dispose(), 5)
            return True
        except Exception:  # closed connection, or no answer: the driver is gone
            return False

    def _forget_driver(self) -> None:
        """The driver died (and its Chromium with it): drop both and remember the sessions."""
        with self._lost_lock:
            self._died = True
            self.driver_lost = True
            self.manager.browser = None
            self._playwright = None
            self.lost_sessions.extend(self.manager.forget_all())

    def take_lost_sessions(self) -> list[str]:
        """Ids of sessions lost with a crashed browser since the last call."""
        with self._lost_lock:
            lost, self.lost_sessions = self.lost_sessions, []
            self._died = False
        return lost

    def lost_error(self, lost: list[str]) -> BrowserLostError:
        """The error that names sessions lost (see :meth:`take_lost_sessions`) and what died."""
        with self._lost_lock:
            servers, self.lost_servers = self.lost_servers, []
        return BrowserLostError(lost, self.take_driver_lost(), servers)

    def take_driver_lost(self) -> bool:
        """Whether the Playwright driver (not only Chromium) died since the last call."""
        with self._lost_lock:
            lost, self.driver_lost = self.driver_lost, False
        return lost

    async def _close_browser(self) -> list[str]:
        """Closes sessions (bounded in time), then always the browser and Playwright.

        Returns the problems met, for the caller to report.
        """
        problems = []
        try:
            if self.manager.session_ids:
                await asyncio.wait_for(self.manager.close_all(), 20)
        except Exception as error:  # reported below; the browser must close regardless
            problems.append(f"closing sessions: {error}")
        finally:
            if self.manager.prewarm is not None:  # ready contexts first: they are no session's
                await self.manager.prewarm.drain()
            browser, self.manager.browser = self.manager.browser, None
            playwright, self._playwright = self._playwright, None
            try:
                if browser is not None:
                    await asyncio.wait_for(browser.close(), 20)
            except Exception as error:
                problems.append(f"closing the browser: {error}")
            if playwright is not None:
                await playwright.stop()
        return problems

    def shutdown(self) -> list[str]:
        """Closes every session, the browser and Playwright, then stops the loop.

        Never raises: returns the problems met (the browser is closed regardless).
        """
        problems: list[str] = []
        if self.loop.running:
            try:
                problems = self.loop.run(self._close_browser(), timeout=60)
            except Exception as error:
                problems = [f"shutting down: {type(error).__name__}: {error}"]
            finally:
                self.loop.stop()
        return problems
