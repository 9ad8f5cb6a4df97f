"""The session record and the built-in roles."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .console import ConsoleRecords
from .dialogs import DialogPolicy, DialogRecord
from .endpoints import server_name
from .pages import SessionPages
from .selectors import locate
from .traffic import TrafficLog

ADMIN = "admin"
ACCOUNT = "account"
ANONYMOUS = "anonymous"
API = "api"
BUILT_IN_ROLES = (ADMIN, ACCOUNT, ANONYMOUS, API)
# A page logging in a loop must not flood log.html: the rest is only counted.
MAX_PAGE_ERRORS = 50


@dataclass(eq=False)
class SessionHandle:
    """One named, isolated session: a Playwright BrowserContext and its page.

    ``context`` and ``page`` are Playwright async objects. API sessions have no
    page: ``request`` is their APIRequestContext, ``headers`` are sent with every
    request, and ``source`` names the browser session whose cookies they share.
    """

    session_id: str
    role: str
    context: Any = None
    page: Any = None
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    request: Any = None
    base_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    source: str | None = None
    scope: str | None = None
    tracing: bool = False
    reused_login: bool = False
    prewarmed: bool = False  # its context came ready from the prewarm pool (prewarm.py)
    crashed: bool = False
    # Fields a secret was typed into that show their text (not password fields):
    # masked in screenshots, see Fill Secret.
    masked_selectors: list[str] = field(default_factory=list, repr=False)
    page_errors: list[str] = field(default_factory=list, repr=False)
    page_errors_dropped: int = 0
    # What each page printed and threw (Get Console Log, Get Page Errors).
    console: ConsoleRecords = field(default_factory=ConsoleRecords, repr=False)
    pages: SessionPages = field(default_factory=SessionPages, repr=False)
    dialog_policy: DialogPolicy = field(default_factory=DialogPolicy, repr=False)
    # How Wait For Alert(s) answer the next dialogs, once each, in order.
    next_dialogs: list[DialogPolicy] = field(default_factory=list, repr=False)
    dialogs: list[DialogRecord] = field(default_factory=list, repr=False)
    # The session's recent requests and responses (Wait For Response) and its routes.
    traffic: TrafficLog = field(default_factory=TrafficLog, repr=False)
    # When the session's previous and current keywords began (time.monotonic), so that a
    # keyword can look at what happened since the previous one began (Wait For Alert).
    keyword_started: tuple[float, float] = (0.0, 0.0)
    opened_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    last_used: float = field(default_factory=time.monotonic)

    @property
    def api_client(self):
        """What HTTP requests of this session go through (a browser session's own cookies)."""
        return self.request if self.request is not None else self.context.request

    @property
    def url(self) -> str | None:
        if self.page is None or self.page.is_closed():
            return None
        return self.page.url

    def note_page_error(self, text: str) -> None:
        """Keeps the first MAX_PAGE_ERRORS console and page errors, counts the rest."""
        if len(self.page_errors) < MAX_PAGE_ERRORS:
            self.page_errors.append(text)
        else:
            self.page_errors_dropped += 1

    def clear_page_errors(self) -> None:
        self.page_errors.clear()
        self.page_errors_dropped = 0

    def mask_locators(self) -> list:
        """Locators of fields a secret was typed into, to black out in screenshots.

        Every element a selector matches is masked, whatever the strict mode: a secret
        typed with strict mode off went into the first of them.
        """
        return [locate(self.page, selector, strict=True) for selector in self.masked_selectors]

    def touch(self) -> None:
        self.last_used = time.monotonic()

    def idle_seconds(self, now: float | None = None) -> float:
        return (time.monotonic() if now is None else now) - self.last_used

    def info(self) -> dict[str, Any]:
        """What `Get Session Info` returns: plain values, no secrets."""
        return {
            "id": self.session_id,
            "role": self.role,
            "username": self.username,
            "url": self.url,
            # None once the last page closed itself, like ``url``.
            "page": self.pages.id_of(self.page)
            if self.page is not None and not self.page.is_closed() else None,
            "pages": self.pages.ids(),
            "opened_at": self.opened_at.isoformat(timespec="seconds"),
            "idle_seconds": round(self.idle_seconds(), 1),
            "server": server_name(self),  # None in a browser the library launched
            "prewarmed": self.prewarmed,
        }


def reserved_role(session_id: str) -> str | None:
    """The role a default-looking id belongs to: ``admin``, ``anonymous``, ``account_<user>``."""
    if session_id in (ADMIN, ANONYMOUS):
        return session_id
    if session_id.startswith(f"{ACCOUNT}_"):
        return ACCOUNT
    return None
