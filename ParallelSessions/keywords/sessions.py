"""Keywords that open, switch between, describe and close sessions.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from robot.api import logger
from robot.api.deco import keyword
from robot.api.types import Secret

from ..core.errors import (ConfigurationError, LoginError, MultipleSessionErrors,
                            NoCurrentSessionError, ParallelSessionsError, describe_ids)
from ..core.session import ACCOUNT, ADMIN, ANONYMOUS
from ..core.settings import TraceMode, VideoMode, parse_url
from ..rf.component import CLOSING, LibraryComponent
from ..rf.inputs import whole_number


def _passwords(passwords: list | Secret | str | None, names: list | None) -> list | None:
    """One password per username: a single password (a Secret or a text) goes with each."""
    if passwords is None:
        return None
    if names is None:
        raise ParallelSessionsError(
            "Open Sessions got passwords= without usernames=; a password goes with a username, "
            "so give usernames= too.")
    if isinstance(passwords, (str, Secret)):
        return [passwords] * len(names)
    if len(passwords) != len(names):
        raise ParallelSessionsError(
            f"Open Sessions got {_count(len(passwords), 'password')} for "
            f"{_count(len(names), 'username')}; give one password for all of them, or a list "
            f"with one password per username in the same order.")
    return list(passwords)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _items(value: list | str | None) -> list | None:
    """A list, or a comma-separated string as a list; None stays None."""
    if value is None:
        return None
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return list(value)


class SessionKeywords(LibraryComponent):

    @keyword
    def open_session(self, role: str = ACCOUNT, id: str | None = None,
                     username: str | None = None, password: Secret | str | None = None,
                     trace: TraceMode | None = None,
                     record_video: VideoMode | None = None, **options: Any) -> str:
        """Opens a new isolated session of ``role``, makes it current and returns its id.

        ``role`` is one of ``admin``, ``account``, ``anonymous`` or a role given a
        login keyword with `Set Login Keyword`. ``id`` defaults to ``<role>_<n>``
        with the smallest free ``n``. When the role has a login keyword, it runs
        right away in the new session (see `Logging in`). ``trace`` overrides the
        library's ``trace`` setting for this session, ``record_video`` its
        ``record_video`` setting (see `Failure evidence`).

        ``options`` are browser options of the session, given by name or as
        ``&{options}``: ``device``, ``viewport``, ``user_agent``, ``locale``,
        ``timezone_id``, ``geolocation``, ``permissions``, ``color_scheme``,
        ``offline``, ``ignore_https_errors``, ``http_credentials``,
        ``extra_http_headers``, ``storage_state``, ``base_url``, ``accept_downloads``,
        ``bypass_csp``, ``device_scale_factor``, ``has_touch``, ``is_mobile``,
        ``java_script_enabled``, ``reduced_motion``, ``forced_colors``, ``screen`` and
        ``service_workers`` (see `Browser options`).

        | ${id}=    | Open Session | account | username=alice | password=${ALICE PASSWORD} |
        | Should Be Equal | ${id} | account_1 |
        | Open Session | admin | id=second_admin |
        | Open Session | anonymous | record_video=RETAIN_ON_FAILURE |
        | Open Session | account | id=mobile | device=iPhone 13 | locale=de-DE |
        """
        username = None if username is None else str(username)
        video = record_video.value if record_video else None
        parsed = self.opener.options("Open Session", options)
        handle = self.opener.open_and_log_in(
            role, username,
            lambda manager: manager.create_session(role, id, username=username,
                                                   password=self.opener.secret(password),
                                                   record_video=video, options=parsed),
            trace.value if trace else None, parsed)
        return handle.session_id

    @keyword
    def open_admin_session(self, **options: Any) -> str:
        """Makes the ``admin`` session current, opening and logging it in if needed.

        Returns ``admin``. The admin login keyword (`Set Login Keyword` or the
        ``admin_login_keyword`` import argument) runs only when the session is new.
        ``options`` are browser options of a new session (see `Browser options`);
        giving them while the session is open fails.

        | Open Admin Session
        | Go To | /admin/accounts/pending |
        | Open Admin Session | viewport=1920x1080 |
        """
        return self.opener.get_or_open(ADMIN, ADMIN,
                                 options=self.opener.options("Open Admin Session", options))

    @keyword
    def open_account_session(self, username: str, password: Secret | str | None = None,
                             **options: Any) -> str:
        """Makes the account session of ``username`` current, opening it if needed; returns the id.

        A new session is ``account_<username>`` and runs the account login
        keyword with ``username`` and ``password`` when both are given; without
        a password it opens logged out. One user has one session: when the user
        already has an account session (also one opened with `Open Session`
        under another id), that session becomes current. ``options`` are browser
        options of a new session (see `Browser options`); giving them while the
        user's session is open fails.

        | ${id}= | Open Account Session | alice | ${ALICE PASSWORD} |
        | Should Be Equal | ${id} | account_alice |
        | Open Account Session | bob | ${BOB PASSWORD} | device=Pixel 7 |
        """
        parsed = self.opener.options("Open Account Session", options)
        same = self.manager.open_account(str(username))
        if same is not None:
            return self.opener.get_or_open(ACCOUNT, same.session_id, options=parsed)
        return self.opener.get_or_open(ACCOUNT, f"{ACCOUNT}_{username}", str(username), password,
                                 parsed)

    @keyword
    def open_anonymous_session(self, **options: Any) -> str:
        """Makes the shared ``anonymous`` session current, reset to a clean state.

        Each call clears the session's cookies, storage and page (it gets a fresh
        browser context), so anonymous visits never inherit an earlier state.
        ``options`` are browser options of that fresh context (see `Browser
        options`); a call without options resets to the library's defaults.

        | Open Anonymous Session
        | Go To | /admin/dashboard |
        | Url Should Contain | /admin/login |
        | Open Anonymous Session | color_scheme=dark | locale=fi-FI |
        """
        parsed = self.opener.options("Open Anonymous Session", options)
        if self.manager.has_session(ANONYMOUS):
            handle = self.runtime.run(self.manager.reset_session(ANONYMOUS, options=parsed))
            self.opener.start_trace(handle)
            self.session_focus.switch(ANONYMOUS)
            self.log(ANONYMOUS, f"Reset the anonymous session{self.opener.with_options(parsed)} and made it "
                                f"current.")
            return ANONYMOUS
        return self.opener.get_or_open(ANONYMOUS, ANONYMOUS, options=parsed)

    @keyword
    def open_sessions(self, role: str = ACCOUNT, count: int | None = None,
                      ids: list[str] | str | None = None,
                      usernames: list[str] | str | None = None,
                      passwords: list[Secret | str] | Secret | str | None = None,
                      **options: Any) -> list[str]:
        """Opens several sessions of ``role`` at once and returns their ids.

        Give ``count`` (ids ``<role>_<n>``), ``ids``, or ``usernames`` (for
        accounts the ids are then ``account_<username>``), as a list or a
        comma-separated string. ``passwords`` go with ``usernames``: one password
        (a ``Secret`` or a text) for all of them, or a list with one per
        username, in the same order. A text is one password, never split at
        commas; give passwords as a ``Secret`` (see `Secrets`), since Robot logs
        plain argument values at TRACE level.
        Their browser contexts open concurrently, then each session is logged
        in by its role's login keyword where one is set (one after another:
        login keywords are Robot keywords). With ``login_state_dir`` the
        sessions of a role with a login keyword open one after another, each
        under its identity's lock (see `Logging in`). The last session opened
        is current.
        ``options`` are browser options for all of them (see `Browser options`).

        If a session cannot be opened, the others opened by the call are closed
        and the keyword fails naming each failure.

        | ${users}= | Open Sessions | account | usernames=amy, ben, cal | passwords=${PASSWORD} |
        | ${users}= | Open Sessions | account | usernames=amy, ben | passwords=${PASSWORD LIST} |
        | ${visitors}= | Open Sessions | anonymous | count=5 |
        | Run In Sessions Concurrently | ${visitors} | Go To | / |
        """
        names, given_ids = _items(usernames), _items(ids)
        sizes = {len(x) for x in (names, given_ids) if x is not None}
        if count is not None:
            sizes.add(whole_number(count, "count", example=3))
        if len(sizes) != 1 or 0 in sizes:
            raise ParallelSessionsError(
                "Open Sessions needs how many sessions to open: give count=, ids= or usernames= "
                "(the same number of each, when several are given).")
        size = sizes.pop()
        secrets = _passwords(passwords, names)
        role_name = str(role).strip().lower()
        if given_ids is None:
            given_ids = [f"{ACCOUNT}_{n}" if role_name == ACCOUNT else None
                         for n in names] if names else [None] * size
        names = names or [None] * size
        revealed = [self.opener.secret(p) for p in secrets] if secrets else \
            [None] * size
        parsed = self.opener.options("Open Sessions", options)

        async def open_all(manager):
            results = await asyncio.gather(
                *(manager.create_session(role, session_id, username=name, password=password,
                                         options=parsed)
                  for session_id, name, password in zip(given_ids, names, revealed)),
                return_exceptions=True)
            failed = {str(sid or f"session {n}"): result for n, (sid, result)
                      in enumerate(zip(given_ids, results), 1)
                      if isinstance(result, BaseException)}
            if failed:
                for result in results:
                    if not isinstance(result, BaseException) and \
                            manager.has_session(result.session_id):
                        await manager.close_session(result.session_id)
                raise MultipleSessionErrors("Open Sessions", failed)
            return results

        if self.manager.logins.state_dir is not None and role_name in self.library.login_keywords:
            # Logins shared between processes: each identity opens under its lock, in turn.
            return [self.opener.open_and_log_in(
                role, name, lambda manager, sid=sid, name=name, password=password:
                manager.create_session(role, sid, username=name, password=password,
                                       options=parsed), None, parsed).session_id
                for sid, name, password in zip(given_ids, names, revealed)]
        named = [sid for sid in given_ids if sid]
        handles = self.runtime.run_with_browser(open_all, f"opening {size} sessions of role "
                                                f"'{role_name}'" + (f" ({', '.join(named)})"
                                                                    if named else ""))
        failed_logins = {}
        for handle in handles:
            try:
                self.opener.opened(handle, None, parsed)
            except LoginError as error:  # that session is closed; the others stay logged in
                failed_logins[handle.session_id] = error
        if failed_logins:
            raise MultipleSessionErrors("Logging in", failed_logins)
        return [handle.session_id for handle in handles]

    @keyword
    def switch_to_session(self, id: str) -> str | None:
        """Makes session ``id`` current and returns the id that was current before.

        | ${previous}= | Switch To Session | admin |
        | Click | button[data-action="approve"] |
        | Switch To Session | ${previous} |
        """
        handle = self.manager.require_session(id)
        handle.touch()
        previous = self.session_focus.switch(id)
        self.log(id, f"Switched from session '{previous}'." if previous else "Switched to session.")
        return previous

    @keyword
    def get_current_session(self) -> str | None:
        """Returns the id of the current session, or ``None`` when no session is current.

        | ${id}= | Get Current Session |
        """
        session_id = self.session_focus.current
        return session_id if session_id and self.manager.has_session(session_id) else None

    @keyword
    def get_session_ids(self, role: str | None = None) -> list[str]:
        """Returns the ids of open sessions, optionally only those of ``role``.

        | ${all}=    | Get Session Ids |
        | ${admins}= | Get Session Ids | role=admin |
        """
        return [s.session_id for s in self.manager.sessions(role)]

    @keyword
    def get_session_info(self, id: str | None = None) -> dict[str, Any]:
        """Returns a dictionary describing session ``id`` (the current one by default).

        Keys: ``id``, ``role``, ``username``, ``url``, ``page``, ``pages``,
        ``opened_at`` (ISO 8601), ``idle_seconds``, ``prewarmed`` (the context came
        ready from the ``prewarm`` pool) and ``server``: the browser server the
        session runs on, such as ``server 2 (ws://127.0.0.1:3000/...)``, with
        several ``browser_endpoint`` servers (see `Configuration`), else ``None``.
        Passwords are never included.

        | ${info}= | Get Session Info | account_alice |
        | Should Be Equal | ${info}[username] | alice |
        """
        handle = self.current_session() if id is None else self.manager.require_session(id)
        return handle.info()

    @keyword
    def session_should_exist(self, id: str) -> None:
        """Fails unless session ``id`` is open.

        | Session Should Exist | admin |
        """
        if not self.manager.has_session(id):
            raise AssertionError(f"Session '{id}' should be open but is not; open sessions: "
                                 f"{describe_ids(self.manager.session_ids)}.")

    @keyword
    def session_should_not_exist(self, id: str) -> None:
        """Fails if session ``id`` is open.

        | Close Session | admin |
        | Session Should Not Exist | admin |
        """
        if self.manager.has_session(id):
            raise AssertionError(f"Session '{id}' should not be open but is.")

    @keyword
    def set_base_url(self, url: str | None) -> str | None:
        """Sets the URL that relative paths resolve against; returns the previous one.

        Applies to sessions opened afterwards; open sessions keep theirs. Handy
        when the application under test starts in a suite setup on a free port.

        | ${url}= | Start My App |
        | Set Base Url | ${url} |
        """
        previous = self.manager.base_url
        try:
            self.manager.base_url = parse_url(url) if url else None
        except ValueError as error:
            raise ConfigurationError(f"Invalid base URL '{url}': expected {error}.") from None
        return previous

    @keyword
    def wait_for_prewarmed_sessions(self, timeout: timedelta | None = None) -> int:
        """Waits until the ``prewarm`` pool holds all its ready contexts; returns how many.

        With ``prewarm=N`` (see `Configuration`) the library keeps N fresh
        contexts, each with a page, made with its current defaults; `Open
        Session` takes one instead of waiting for Chromium, and the pool refills
        in the background. This keyword starts the browser if none runs yet and
        waits (at most ``timeout``, the library's by default) for the pool to be
        full, for example in a suite setup, or before timing an `Open Session`.
        It fails at once, with the reason, when the pool cannot make a context.
        Without ``prewarm``, and while videos are recorded (``record_video``),
        nothing is prewarmed and it returns 0 at once.

        | Wait For Prewarmed Sessions |
        | ${ready}= | Wait For Prewarmed Sessions | timeout=20s |
        """
        seconds = self.timeout_ms(timeout) / 1000
        pool = self.manager.prewarm
        if pool is None:
            return 0
        self.runtime.run_with_browser(lambda manager: asyncio.sleep(0))
        ready = self.runtime.run(pool.wait_full(seconds), timeout=seconds + 5)
        if not ready:
            logger.info(f"Prewarm: {pool.describe()}.")
        return ready

    @keyword(tags=[CLOSING])
    def close_session(self, id: str | None = None) -> None:
        """Closes session ``id`` (the current one by default).

        The session used before it becomes current. Closing a session that is not
        open fails and names the open ones.

        | Close Session | account_alice |
        | Close Session |
        """
        if id is None:
            id = self.session_focus.current
            if id is None:
                raise NoCurrentSessionError("No session is current, so there is none to close; "
                                            "give the id of the session to close.")
        try:
            self.runtime.run(self.manager.close_session(id))
        finally:
            self.session_focus.forget(id)
        logger.info(f"[{id}] Closed the session.")

    @keyword(tags=[CLOSING])
    def close_all_sessions(self) -> None:
        """Closes every open session; if some fail to close, fails once listing each.

        | [Teardown] | Close All Sessions |
        """
        ids = self.manager.session_ids
        self.session_focus.clear()
        if ids:
            self.runtime.run(self.manager.close_all())
        logger.info(f"Closed sessions: {describe_ids(ids)}.")
