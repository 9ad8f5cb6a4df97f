"""The session registry: open, find, reset and close named sessions.

Pure Playwright (async API) and no Robot Framework, so that pytest users and
the keyword library share one implementation. Every method runs on the event
loop that owns the Playwright objects.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Awaitable, Callable, Mapping

from .api_sessions import browser_source, open_api_session
from .contexts import open_context, save_storage_state, screenshot_sessions
from .errors import (DuplicateSessionError, LoginError, MultipleSessionErrors,
                     ParallelSessionsError, SessionLimitError, SessionNotFoundError, describe_ids)
from .logins import SavedLogins, login_failure, resume, split_local_storage
from .options import SessionOptions
from .roles import LoginCallable, Roles
from .routes import SharedRoutes
from .session import ACCOUNT, ADMIN, API, SessionHandle
from .session_ids import checked_id, next_id


class ParallelSessionManager:
    """Opens and tracks isolated sessions (one BrowserContext each) in one browser.

    ``browser`` is a Playwright async ``Browser`` owned by the caller.
    ``limit_source`` names where ``max_sessions`` is configured, for the error
    raised at the cap.
    """

    def __init__(self, browser, *, max_sessions: int = 10,
                 viewport: dict[str, int] | None = None, base_url: str | None = None,
                 locale: str = "en-US", timeout: float = 10.0,
                 limit_source: str = "max_sessions", reuse_logins: bool = False,
                 option_defaults: Mapping[str, Any] | SessionOptions | None = None,
                 logins: SavedLogins | None = None, videos=None,
                 before_close: Callable[[SessionHandle], Awaitable[Any]] | None = None,
                 prewarm: Callable[["ParallelSessionManager"], Any] | None = None):
        self.browser = browser
        self.max_sessions = max_sessions
        self.viewport = viewport or {"width": 1280, "height": 720}
        self.base_url = base_url
        self.locale = locale
        self.timeout = timeout
        self.limit_source = limit_source
        self.logins = logins or SavedLogins(reuse_logins)
        # Browser options every session starts from (see options.py); a session's own
        # options override them, its extra_http_headers are added to theirs.
        self.option_defaults = SessionOptions.parse(option_defaults, "option_defaults")
        # Playwright's device descriptors by name; read from the browser's Playwright
        # when None (see _devices).
        self.devices: Mapping[str, Mapping[str, Any]] | None = None
        # The options each open session was opened with, so a reset keeps them.
        self._options: dict[str, SessionOptions] = {}
        self._sessions: dict[str, SessionHandle] = {}
        self._reserved: set[str] = set()
        self._closed: set[str] = set()
        self._closing: set[str] = set()
        self._roles = Roles()
        # Called with a session just before its context closes (e.g. to save its trace).
        self.before_close = before_close
        self.videos = videos  # evidence/video.py's VideoRecorder, or None for no videos
        # browser/prewarm.py's ContextPool of ready contexts, made for this manager, or None.
        self.prewarm = prewarm(self) if prewarm is not None else None
        self.routes = SharedRoutes()  # routes for every session, see routes.py

    # -- roles (see roles.py) -----------------------------------------------

    @property
    def roles(self) -> list[str]:
        return self._roles.names

    def set_login(self, role: str, login: LoginCallable | None) -> None:
        """Registers ``role`` (any name) with an async login run after opening.

        ``login`` receives the new SessionHandle. ``None`` registers the role
        without a login (the keyword library runs Robot keywords itself).
        """
        self._roles.set_login(role, login)

    def forget_role(self, role: str) -> None:
        """Removes a role's login; a role that is not built in becomes invalid again."""
        self._roles.forget(role)

    # -- lookup --------------------------------------------------------------

    @property
    def session_ids(self) -> list[str]:
        return list(self._sessions)

    def sessions(self, role: str | None = None) -> list[SessionHandle]:
        if role is None:
            return list(self._sessions.values())
        role = self._roles.normalise(role)
        return [s for s in self._sessions.values() if s.role == role]

    def has_session(self, session_id: str) -> bool:
        return session_id in self._sessions

    def find_identity(self, role: str, username: str | None) -> SessionHandle | None:
        """The open session of ``role`` logged in (or to be) as ``username``, if any."""
        if not username:
            return None
        return next((s for s in self._sessions.values()
                     if s.role == role and s.username == username), None)

    async def get_session(self, session_id: str) -> SessionHandle | None:
        """The open session ``session_id``, or None (unknown or closed); see require_session."""
        return self._sessions.get(session_id)

    def require_session(self, session_id: str) -> SessionHandle:
        """The open session ``session_id``, or SessionNotFoundError naming it and the open ids."""
        try:
            return self._sessions[session_id]
        except KeyError:
            state = "was closed" if session_id in self._closed else "does not exist"
            raise SessionNotFoundError(
                f"Session '{session_id}' {state}; open sessions: "
                f"{describe_ids(self._sessions)}.") from None

    # -- opening -------------------------------------------------------------

    def _reserve(self, role: str, session_id: str | None) -> str:
        taken = set(self._sessions) | self._reserved
        session_id = next_id(role, taken) if session_id is None else checked_id(session_id, role)
        if session_id in self._sessions or session_id in self._reserved:
            raise DuplicateSessionError(
                f"Session '{session_id}' is already open; close it first or choose another id.")
        open_count = len(self._sessions) + len(self._reserved)
        if open_count >= self.max_sessions:
            raise SessionLimitError(
                f"Cannot open session '{session_id}': {open_count} sessions are open, the maximum "
                f"of {self.max_sessions} set by {self.limit_source}; close one or raise the limit.")
        self._reserved.add(session_id)
        return session_id

    async def create_session(self, role: str = ACCOUNT, session_id: str | None = None, *,
                             username: str | None = None,
                             password: str | None = None,
                             record_video: str | None = None,
                             options: Mapping[str, Any] | SessionOptions | None = None
                             ) -> SessionHandle:
        """Opens a session of ``role``; its id defaults to ``<role>_<n>``.

        ``options`` are browser options (``device``, ``viewport``, ``locale``,
        ``http_credentials``... see options.OPTION_NAMES), validated before anything
        opens; they override :attr:`option_defaults`. A ``storage_state`` option
        replaces a saved login of the identity (``reuse_logins``).
        A login registered for the role with :meth:`set_login` runs right away;
        if it fails, the session is closed and :class:`LoginError` raised.
        """
        options = SessionOptions.parse(options, "create_session")
        role = self._roles.normalise(role)
        if role == API:
            raise ParallelSessionsError(
                "Sessions of role 'api' have no page: open them with Open API Session "
                "(create_api_session in Python).")
        if username is not None and not str(username).strip():
            raise ParallelSessionsError(
                f"An empty username was given for a session of role '{role}'; give the user's "
                f"name, or leave username out.")
        same = self.find_identity(role, username)
        if same is not None:
            raise DuplicateSessionError(
                f"User '{username}' already has the {role} session '{same.session_id}'; switch to "
                f"it, or close it first: one identity has one session.")
        session_id = self._reserve(role, session_id)
        handle = SessionHandle(session_id, role, username=username, password=password)
        saved = None if options.get("storage_state") else self.logins.get(role, username)
        state, storage = split_local_storage(*saved) if saved else (None, None)
        try:
            await open_context(self, handle, state, record_video, options)
        finally:
            self._reserved.discard(session_id)
        handle.reused_login = saved is not None
        self._sessions[session_id] = handle
        self._options[session_id] = options
        self._closed.discard(session_id)
        if saved is not None and saved[1]:
            try:  # a session opened from a saved login starts where the login left the page
                await resume(handle, saved[1], storage)
            except BaseException:
                await self.close_session(handle.session_id)
                raise
        login = self._roles.login_of(role)
        if login is not None and not handle.reused_login:
            try:
                await login(handle)
            except Exception as error:
                try:
                    await self.close_session(session_id)
                except Exception:  # the login failure is the error worth reporting
                    pass
                raise LoginError(login_failure(role, session_id, error)) from error
            await self.logins.remember(handle)
        return handle

    def session_options(self, session_id: str) -> SessionOptions:
        """The browser options session ``session_id`` was opened (or last reset) with."""
        self.require_session(session_id)
        return self._options.get(session_id) or SessionOptions()

    async def save_storage_state(self, session_id: str, path: str, *,
                                 indexed_db: bool = False) -> dict[str, int]:
        """Writes the session's cookies and storage to ``path`` as JSON, owner-only (0600).

        Missing folders are created owner-only; the file is written whole (a
        reader never sees half of it). ``indexed_db`` saves IndexedDB too. Returns
        how many cookies and origins it holds.
        """
        return await save_storage_state(self.require_session(session_id), path, self.timeout,
                                        indexed_db=indexed_db)

    def forget_logins(self) -> list[str]:
        """Drops every saved login (e.g. after the application's data was reset)."""
        return self.logins.forget()

    async def create_api_session(self, session_id: str | None = None, *,
                                 base_url: str | None = None,
                                 headers: dict[str, str] | None = None,
                                 from_session: str | None = None) -> SessionHandle:
        """Opens an HTTP-only session (role ``api``): no page, no CORS; see api_sessions.py.

        With ``from_session`` it sends that browser session's cookies (it is
        logged in as that user) and is closed with it; without, it starts with
        no cookies and keeps none between requests.
        """
        source = browser_source(self.require_session(from_session)) if from_session else None
        session_id = self._reserve(API, session_id)
        try:
            handle = await open_api_session(self.browser, session_id, source,
                                            base_url or self.base_url, headers)
        finally:
            self._reserved.discard(session_id)
        self._sessions[session_id] = handle
        self._closed.discard(session_id)
        return handle

    async def reset_session(self, session_id: str,
                            options: Mapping[str, Any] | SessionOptions | None = None
                            ) -> SessionHandle:
        """Gives a session a fresh context: no cookies, storage or history remain.

        The new context has the browser options the session was opened with, or
        ``options`` when given (``{}`` for none).
        """
        handle = self.require_session(session_id)
        options = self._options.get(session_id) if options is None \
            else SessionOptions.parse(options, "reset_session")
        old = handle.context
        secret_shown = bool(handle.masked_selectors)
        video = self.videos.detach(session_id) if self.videos is not None else None
        if self.before_close is not None:
            await self.before_close(handle)
        handle.tracing = False  # the new context is not traced until its owner says so
        handle.clear_page_errors()
        handle.masked_selectors.clear()
        await open_context(self, handle, options=options)
        self._options[session_id] = options or SessionOptions()
        for dependent in self._sessions.values():
            if dependent.source == session_id:
                dependent.request = handle.context.request
        await old.close()
        if self.videos is not None:
            await self.videos.finish_video(video, secret_shown)
        handle.touch()
        return handle

    async def admin_session(self) -> SessionHandle:
        """Returns the open ``admin`` session or opens (and logs in) a new one."""
        if self.has_session(ADMIN):
            return self.require_session(ADMIN)
        return await self.create_session(ADMIN, ADMIN)

    async def account_session(self, username: str, password: str | None = None) -> SessionHandle:
        """Returns the account session of ``username`` or opens (and logs in) ``account_<username>``."""
        same = self.open_account(username)
        if same is not None:
            return same
        return await self.create_session(ACCOUNT, f"{ACCOUNT}_{username}", username=username,
                                         password=password)

    def open_account(self, username: str) -> SessionHandle | None:
        """The open account session of ``username`` (under any id), or None.

        Fails when ``account_<username>`` is open but is not that user's account session.
        """
        if not str(username or "").strip():
            raise ParallelSessionsError(
                "An empty username was given for an account session; give the user's name.")
        same = self.find_identity(ACCOUNT, username)
        if same is not None:
            return same
        session_id = f"{ACCOUNT}_{username}"
        if self.has_session(session_id):
            other = self.require_session(session_id)
            raise DuplicateSessionError(
                f"Session '{session_id}' is open but is a {other.role} session"
                f"{f' of user {other.username}' if other.username else ''}, not the account "
                f"session of '{username}'; close it first.")
        return None

    @asynccontextmanager
    async def temporary_session(self, role: str = ACCOUNT, **kwargs) -> AsyncIterator[SessionHandle]:
        """A session that is closed when the block ends, also on failure."""
        handle = await self.create_session(role, **kwargs)
        try:
            yield handle
        finally:
            if self.has_session(handle.session_id):
                await self.close_session(handle.session_id)

    # -- evidence --------------------------------------------------------------

    async def screenshot_all(self, directory: str, prefix: str = "",
                             session_ids: list[str] | None = None) -> dict[str, str | BaseException]:
        """Saves a PNG of every open browser session as ``<prefix><session id>.png``.

        ``session_ids`` limits it to those sessions. Returns session id -> file
        path, or the error for a session whose page could not be captured (a
        crashed page never stops the others).
        """
        handles = [h for h in self.sessions()
                   if session_ids is None or h.session_id in session_ids]
        return await screenshot_sessions(handles, directory, prefix)

    # -- closing -------------------------------------------------------------

    async def close_session(self, session_id: str) -> None:
        """Closes one session (and API sessions sharing its cookies); fails if it is not open."""
        handle = self.require_session(session_id)
        del self._sessions[session_id]
        self._options.pop(session_id, None)
        self._closed.add(session_id)
        self._closing.add(session_id)
        try:
            for dependent in [s.session_id for s in self._sessions.values()
                              if s.source == session_id]:
                await self.close_session(dependent)
            if handle.context is not None:
                try:
                    if self.before_close is not None:
                        await self.before_close(handle)
                finally:
                    await handle.context.close()
                    if self.videos is not None:
                        await self.videos.finish(session_id, bool(handle.masked_selectors))
        finally:
            self._closing.discard(session_id)

    async def close_all(self) -> list[str]:
        """Closes every session, then raises once if any failed to close."""
        errors: dict[str, BaseException] = {}
        closed = []
        for session_id in list(self._sessions):
            if session_id not in self._sessions:
                continue  # closed with the browser session it shared cookies with
            try:
                await self.close_session(session_id)
                closed.append(session_id)
            except Exception as error:
                errors[session_id] = error
        if errors:
            raise MultipleSessionErrors("Closing", errors)
        return closed

    def forget_all(self, only: list[str] | None = None) -> list[str]:
        """Drops every session without closing it (the browser is gone); returns their ids.

        Sessions being closed at that moment count as lost too. ``only`` limits it to
        those sessions (their browser server died, see servers.py).
        """
        lost = list(self._sessions) + sorted(self._closing - set(self._sessions)) \
            if only is None else [i for i in only if i in self._sessions]
        for session_id in lost:
            self._sessions.pop(session_id, None)
            self._options.pop(session_id, None)
            if self.videos is not None:
                self.videos.detach(session_id)
        self._closed.update(lost)
        if only is None:
            self._reserved.clear()
        return lost

    async def close_idle(self, limit_seconds: float) -> list[str]:
        """Closes sessions unused for longer than ``limit_seconds``; returns their ids."""
        idle = [s.session_id for s in self._sessions.values() if s.idle_seconds() > limit_seconds]
        before = set(self._sessions)
        for session_id in idle:
            if session_id in self._sessions:  # not already closed along with its source
                await self.close_session(session_id)
        return [session_id for session_id in before if session_id not in self._sessions]
