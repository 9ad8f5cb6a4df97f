"""API sessions: HTTP-only clients (role ``api``) with no page and no CORS.

One either has a request context of its own (no cookies kept between requests)
or sends the cookies of a browser session, and so acts as that logged-in user.
"""

from __future__ import annotations

from .errors import ParallelSessionsError
from .session import API, SessionHandle


def browser_source(source: SessionHandle) -> SessionHandle:
    """``source`` when it is a browser session whose cookies an API session can share."""
    if source.role == API:
        raise ParallelSessionsError(
            f"Session '{source.session_id}' is an API session; from_session must name a browser "
            f"session whose cookies to share.")
    return source


async def open_api_session(browser, session_id: str, source: SessionHandle | None,
                           base_url: str | None, headers: dict[str, str] | None) -> SessionHandle:
    """The API session ``session_id``: with ``source``'s cookies, or a context of its own."""
    context = None if source is not None else await browser.new_context(base_url=base_url)
    return SessionHandle(session_id, API, context=context,
                         request=source.context.request if source else context.request,
                         base_url=base_url, headers=dict(headers or {}),
                         source=source.session_id if source else None)
