"""Browser server addresses: how they are given (``browser_endpoint``) and how they are shown.

A server is shown as ``server 2 (ws://127.0.0.1:40123/...)``: the path of the
address is left out, because that of ``playwright launch-server`` is the random
secret that lets a client in. The connections themselves are browser/servers.py's.
"""

from __future__ import annotations

import weakref
from typing import Any
from urllib.parse import urlsplit

ENDPOINT = "a ws:// or wss:// address of a Playwright browser server"

# Browser -> the name of its server, for Get Session Info and the evidence. Not state shared
# between library instances: each key is one connection that belongs to one instance, and it is
# dropped with it. browser/servers.py names the browsers it connects; looking the name up from a
# context's browser keeps the core free of servers.
SERVER_NAMES: "weakref.WeakKeyDictionary[Any, str]" = weakref.WeakKeyDictionary()


def _valid(endpoint: str) -> bool:
    parts = urlsplit(endpoint)
    try:
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("ws", "wss") and bool(parts.hostname)


def parse_endpoints(value: Any) -> tuple[str, ...] | None:
    """Comma-separated text (or a list) of ws:// addresses; ``None`` when empty.

    Raises ValueError saying what is expected and which entry is not that.
    """
    items = value.split(",") if isinstance(value, str) else list(value)
    endpoints = [str(item).strip() for item in items if str(item).strip()]
    if not endpoints:
        if any(str(item).strip() == "" for item in items) and len(items) > 1:
            # ",," is a list whose addresses went missing (an empty variable), not "none":
            # running a local Chromium instead would hide that.
            raise ValueError(f"{ENDPOINT}, but it lists none (only commas)")
        return None
    for number, endpoint in enumerate(endpoints, start=1):
        if not _valid(endpoint):
            if len(endpoints) == 1:
                raise ValueError(ENDPOINT)
            raise ValueError(f"{ENDPOINT}, or several separated by commas, but entry {number} "
                             f"'{endpoint}' is not one")
        if endpoints.index(endpoint) < number - 1:
            raise ValueError(f"each browser server listed once, but entry {number} "
                             f"'{address(endpoint)}' repeats entry "
                             f"{endpoints.index(endpoint) + 1}")
    return tuple(endpoints)


def address(endpoint: str) -> str:
    """``ws://host:port``, with ``/...`` for a path (it may be a secret) and no user:password."""
    parts = urlsplit(endpoint)
    hidden = "/..." if parts.path.strip("/") or parts.query else ""
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}{hidden}"


def server_name(handle) -> str | None:
    """The server a session is on (``server 2 (ws://127.0.0.1:40123/...)``), or None for a
    browser the library launched (or one given to the manager in Python)."""
    browser = getattr(handle.context, "browser", None) if handle.context is not None else None
    try:
        return SERVER_NAMES.get(browser) if browser is not None else None
    except TypeError:  # not weakly referable: not one of ours
        return None
