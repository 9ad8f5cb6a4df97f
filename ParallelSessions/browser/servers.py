"""Sessions spread over several Playwright browser servers (``browser_endpoint`` with a list).

:class:`BrowserServers` stands where the session manager expects a Playwright
``Browser``: its ``new_context`` puts each new context on the least loaded server
(fewest open contexts of this library; a tie goes to the server listed first),
connecting to a server the first time one is needed. A server whose connection
drops (its process died) is reported once to ``on_lost`` with the browser it
had, so that only the sessions on it are lost, and it gets no new sessions
while another listed server is up; when every server is down, the next session
tries them all again in their order.

A server is shown as ``server 2 (ws://127.0.0.1:40123/...)``: the path of the
address is left out, because that of ``playwright launch-server`` is the random
secret that lets a client in.
"""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable

from ..core.endpoints import SERVER_NAMES, address


def sessions_on(handles, browser) -> list[str]:
    """Ids of the sessions whose context is in ``browser``, and of API sessions sharing
    their cookies."""
    lost = [h.session_id for h in handles
            if h.context is not None and getattr(h.context, "browser", None) is browser]
    return lost + [h.session_id for h in handles if h.source in lost and h.session_id not in lost]


class BrowserServer:
    """One listed server: its address, and its browser once connected."""

    def __init__(self, index: int, endpoint: str, alone: bool):
        self.index = index
        self.endpoint = endpoint
        self.name = f"server {index} ({address(endpoint)})"
        # How a connection failure names it: as today when it is the only one.
        self.described = (f"the browser server at {address(endpoint)}" if alone
                          else f"browser server {index} at {address(endpoint)}")
        self.browser = None
        self.down = False
        self.opening = 0  # contexts being created on it now
        self.lock = asyncio.Lock()

    @property
    def load(self) -> int:
        contexts = len(self.browser.contexts) if self.browser is not None else 0
        return contexts + self.opening


class BrowserServers:
    """Several browser servers that look like one Browser to the session manager.

    ``connect(endpoint, described)`` returns a connected Browser (or raises a
    sentence naming ``described``); ``on_lost(servers, server, browser)`` is called
    on the loop when a connected server's browser disconnects unexpectedly.
    """

    def __init__(self, endpoints: tuple[str, ...],
                 connect: Callable[[str, str], Awaitable[Any]],
                 on_lost: Callable[["BrowserServers", BrowserServer, Any], None]):
        self.servers = [BrowserServer(number, endpoint, len(endpoints) == 1)
                        for number, endpoint in enumerate(endpoints, start=1)]
        self._connect = connect
        self._on_lost = on_lost
        self._closed = False
        self._waiters: list[asyncio.Future] = []

    def is_connected(self) -> bool:
        """True until closed: servers are connected to (again) when a session needs one."""
        return not self._closed

    def place(self) -> list[BrowserServer]:
        """Where the next session goes: the least loaded server that is up (the first listed
        on a tie); when every server is down, each of them in order until one connects."""
        up = [server for server in self.servers if not server.down]
        if not up:
            return list(self.servers)
        return [min(up, key=lambda server: (server.load, server.index))]

    async def new_context(self, **arguments):
        candidates = self.place()
        for server in candidates:
            server.opening += 1  # counted at once, so that sessions opened together spread
            try:
                try:
                    browser = await self._connected(server)
                except Exception:
                    if server is candidates[-1]:
                        raise
                    continue
                return await browser.new_context(**arguments)
            finally:
                server.opening -= 1

    async def _connected(self, server: BrowserServer):
        async with server.lock:
            if server.browser is not None and server.browser.is_connected():
                return server.browser
            try:
                browser = await self._connect(server.endpoint, server.described)
            except Exception:  # unreachable: left out while another server is up
                server.down = True
                raise
            server.browser, server.down = browser, False
            SERVER_NAMES[browser] = server.name
            browser.on("disconnected", lambda gone: self._disconnected(server, gone))
            return browser

    def _disconnected(self, server: BrowserServer, browser) -> None:
        if self._closed or browser is not server.browser:
            return  # our own close
        server.browser, server.down = None, True
        self._on_lost(self, server, browser)
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)

    async def lost_within(self, seconds: float) -> bool:
        """Whether a server's connection drops within ``seconds`` (after a failed action)."""
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter, seconds)
        except asyncio.TimeoutError:
            return False
        finally:
            self._waiters.remove(waiter)

    async def close(self) -> None:
        """Disconnects from every server (the servers and their Chromium keep running)."""
        self._closed = True
        browsers = [s.browser for s in self.servers if s.browser is not None]
        for server in self.servers:
            server.browser = None
        results = await asyncio.gather(*(b.close() for b in browsers), return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            raise errors[0]
