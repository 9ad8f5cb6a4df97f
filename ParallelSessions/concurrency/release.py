"""Letting the requests of several sessions go at one instant: the network release after SYNC.

Released by ``SYNC``, each browser session performs its step at once, as a
user would (a real, trusted `Click` with its hit test), while a route on its
context holds the first request the step sends where it leaves the browser:
a navigation, a ``fetch()``/XHR, or any request that is not a GET. When every
session has a request held (or has left: its step ended without sending one,
or failed), all the held requests continue together, in one turn of the
library's event loop. API sessions wait for that same instant before they
send. The spread of arrivals then no longer depends on when each renderer
ran its click or on Chromium starting navigations one after another.

Pure asyncio and Playwright; the step runner (runner.py) drives it.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from ..core.session import SessionHandle

# Requests a step sends on purpose; images, scripts and styles a page loads are never held.
HELD_TYPES = frozenset({"document", "fetch", "xhr", "ping", "eventsource"})
# How long a step that ended may still send its request (a fetch() started by a click
# reaches the route a few ms after the click returns).
SEND_GRACE_SECONDS = 0.25
# Removing the route after the step; a page stuck in a script cannot hold the run.
UNROUTE_SECONDS = 5.0
# Route removals waiting for a released request's answer (kept so that none is collected).
_REMOVALS: set[asyncio.Future] = set()


def is_sent_on_purpose(request) -> bool:
    """A request the step itself sends: what the release holds."""
    return request.method != "GET" or request.resource_type in HELD_TYPES


class NetworkRelease:
    """One SYNC's release of ``parties`` sessions' requests at one instant.

    Each session either holds a request (:meth:`hold`), waits to send its own
    (:meth:`wait`, API sessions), or leaves (:meth:`leave`). When all have
    done one of these, or ``limit_seconds`` after the SYNC released the steps
    (:meth:`begin`), every held request continues.
    """

    def __init__(self, parties: int, limit_seconds: float):
        self._parties = parties
        self._limit = limit_seconds
        self._arrived: set[str] = set()
        self._held: dict[str, Any] = {}
        self._released = asyncio.get_running_loop().create_future()
        self._deadline: asyncio.TimerHandle | None = None
        self.released_at: float | None = None  # seconds since the epoch
        self._answered: asyncio.Future | None = None

    @property
    def released(self) -> bool:
        return self._released.done()

    def hold(self, session_id: str, route) -> bool:
        """Keeps ``route`` until the release; False when the release already happened."""
        if self.released:
            return False
        self._held[session_id] = route
        self._arrive(session_id)
        return True

    async def wait(self, session_id: str) -> None:
        """Waits for the release instant (a session that sends its request itself)."""
        self._arrive(session_id)
        await asyncio.shield(self._released)

    async def wait_released(self) -> None:
        """Returns once the requests were let go (at the latest at the deadline)."""
        await asyncio.shield(self._released)

    async def answered(self) -> None:
        """Returns once every held request has its answer or failed (at most UNROUTE_SECONDS)."""
        if self._answered is None:
            self._answered = asyncio.ensure_future(self._all_answered())
        await asyncio.shield(self._answered)

    async def _all_answered(self) -> None:
        answers = (route.request.response() for route in self._held.values())
        try:
            await asyncio.wait_for(asyncio.gather(*answers, return_exceptions=True),
                                   UNROUTE_SECONDS)
        except asyncio.TimeoutError:
            pass  # no answer in time: the routes go all the same

    def leave(self, session_id: str) -> None:
        """The session sends nothing (its step ended or failed): nobody waits for it."""
        self._arrive(session_id)

    def begin(self) -> None:
        """The SYNC released the steps: the requests go at the latest ``limit_seconds`` from now."""
        if not self.released:
            self._deadline = asyncio.get_running_loop().call_later(self._limit, self._release)

    def _arrive(self, session_id: str) -> None:
        self._arrived.add(session_id)
        if len(self._arrived) >= self._parties:
            self._release()

    def _release(self) -> None:
        if self.released:
            return
        if self._deadline is not None:
            self._deadline.cancel()
        self.released_at = time.time()
        self._released.set_result(self.released_at)
        for route in self._held.values():
            # fallback(): routes the tester added (Add Route) still apply after ours.
            asyncio.ensure_future(_quietly(route.fallback()))


async def _quietly(operation) -> None:
    """A held request whose page closed meanwhile cannot continue; its step reports that."""
    try:
        await operation
    except Exception:
        pass


class RequestHold:
    """Holds the first request a session's step sends, for one :class:`NetworkRelease`.

    :meth:`install` before the SYNC (a route costs a round trip), :meth:`arm` when
    the step starts, :meth:`finish` when it ended (waits briefly for a late request,
    then leaves the release, removes the route).
    """

    PATTERN = "**/*"

    def __init__(self, handle: SessionHandle, release: NetworkRelease):
        self._handle = handle
        self._release = release
        self._armed = False
        self._taken = asyncio.get_running_loop().create_future()
        self._held_at: float | None = None
        self._late = False
        self._pages_before: set = set()

    async def install(self, timeout_seconds: float) -> None:
        """Routes the session's requests through the hold (bounded: a stuck page fails here)."""
        await asyncio.wait_for(self._handle.context.route(self.PATTERN, self._route),
                               timeout_seconds)

    def arm(self) -> None:
        """The step starts: the first request it sends from now on is held."""
        self._pages_before = set(self._handle.context.pages) - {self._handle.page}
        self._armed = True

    def _sent_by_the_step(self, request) -> bool:
        """Sent from the session's current page or a page opened since the step began.

        Requests of the session's other tabs (a page polling) and of service
        workers are not the step's, whatever they are.
        """
        if not is_sent_on_purpose(request):
            return False
        try:
            page = request.frame.page
        except Exception:  # a service worker's request, or a pop-up's before its page exists
            return False
        return page not in self._pages_before

    async def _route(self, route, request) -> None:
        if self._armed and not self._taken.done() and self._sent_by_the_step(request):
            self._taken.set_result(request)
            self._held_at = time.time()
            if self._release.hold(self._handle.session_id, route):
                return  # continued by the release
            self._late = True
        await route.fallback()

    async def finish(self) -> None:
        """The step ended (passed or failed): its request, if any, was held already or comes now.

        A held request is let go before the route is removed (removing it would let it go alone).
        """
        if not self._taken.done():
            try:
                await asyncio.wait_for(asyncio.shield(self._taken), SEND_GRACE_SECONDS)
            except asyncio.TimeoutError:
                self._release.leave(self._handle.session_id)
        await self._release.wait_released()
        if self._held_at is not None and not self._late:
            # The held request goes on now. Removing the route at once would put the removal
            # (which turns request interception off, page by page) in the driver's queue
            # ahead of the held requests' continuation, and spread them apart by 10-25 ms
            # (release benchmark, fetch() modes): the route goes once every request let go
            # with it has its answer.
            removal = asyncio.ensure_future(self._remove_when_answered())
            _REMOVALS.add(removal)
            removal.add_done_callback(_REMOVALS.discard)
            return
        await self.remove()

    async def _remove_when_answered(self) -> None:
        await self._release.answered()
        await self.remove()

    def describe(self) -> str:
        """How this session's request went, for the steps table."""
        if self._late:
            return "its request came after the others were let go, and went alone"
        if self._held_at is None:
            return "sent no request to hold"
        released = self._release.released_at or time.time()
        waited = max(0.0, released - self._held_at) * 1000
        return f"request held {waited:.0f} ms, let go with the others"

    async def remove(self) -> None:
        if not self._taken.done():
            self._taken.cancel()
        self._release.leave(self._handle.session_id)
        try:
            await asyncio.wait_for(self._handle.context.unroute(self.PATTERN, self._route),
                                   UNROUTE_SECONDS)
        except Exception:
            pass  # the context closed with its page, or is stuck: its next keyword says so
