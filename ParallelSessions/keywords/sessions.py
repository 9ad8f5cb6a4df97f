"""Keywords that open, find, switch and close sessions."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator

from robot.api import logger
from robot.api.deco import keyword
from robot.api.types import Secret
from robot.errors import ExecutionFailed
from robot.libraries.BuiltIn import BuiltIn

from ..core.errors import (ConfigurationError, DuplicateSessionError, LoginError,
                            NoCurrentSessionError, describe_ids)
from ..core.logins import SavedLogins, describe, login_failure
from ..core.options import SessionOptions, SessionOptionsError
from ..core.session import ACCOUNT, ADMIN, ANONYMOUS, SessionHandle
from ..core.settings import TraceMode, VideoMode, parse_url
from ..rf.component import LibraryComponent, reveal


class SessionKeywords(LibraryComponent):

    def __init__(self, library):
        super().__init__(library)
        # The import arguments' browser options are where every session starts from.
        defaults = SessionOptions.parse(self.settings.option_defaults, "the import arguments")
        for secret in defaults.secrets:
            self.library.secrets.add(secret)
        self.manager.option_defaults = defaults
        if self.settings.login_state_dir:
            self.manager.logins = SavedLogins(True, self.settings.login_state_dir)

    # -- opening ---------------------------------------------------------------

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
        ``extra_http_headers`` and ``storage_state`` (see `Browser options`).

        | ${id}=    | Open Session | account | username=alice | password=${ALICE PASSWORD} |
        | Should Be Equal | ${id} | account_1 |
        | Open Session | admin | id=second_admin |
        | Open Session | anonymous | record_video=RETAIN_ON_FAILURE |
        | Open Session | account | id=mobile | device=iPhone 13 | locale=de-DE |
        """
        username = None if username is None else str(username)
        video = record_video.value if record_video else None
        parsed = self._options("Open Session", options)
        handle = self._open_and_log_in(
            role, username,
            lambda manager: manager.create_session(role, id, username=username,
                                                   password=self._secret(password),
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
        return self._get_or_open(ADMIN, ADMIN,
                                 options=self._options("Open Admin Session", options))

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
        parsed = self._options("Open Account Session", options)
        same = self.manager.open_account(str(username))
        if same is not None:
            return self._get_or_open(ACCOUNT, same.session_id, options=parsed)
        return self._get_or_open(ACCOUNT, f"{ACCOUNT}_{username}", str(username), password,
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
        parsed = self._options("Open Anonymous Session", options)
        if self.manager.has_session(ANONYMOUS):
            handle = self.runtime.run(self.manager.reset_session(ANONYMOUS, options=parsed))
            self._start_trace(handle)
            self.focus.switch(ANONYMOUS)
            self.log(ANONYMOUS, f"Reset the anonymous session{self._with(parsed)} and made it "
                                f"current.")
            return ANONYMOUS
        return self._get_or_open(ANONYMOUS, ANONYMOUS, options=parsed)

    def _get_or_open(self, role: str, session_id: str, username: str | None = None,
                     password: Secret | str | None = None,
                     options: SessionOptions | None = None) -> str:
        if self.manager.has_session(session_id):
            if self.manager.require_session(session_id).role != role:
                found = self.manager.require_session(session_id)
                raise DuplicateSessionError(
                    f"Session '{session_id}' is open but is a {found.role} session, not the "
                    f"{role} session; close it first.")
            if options:
                raise SessionOptionsError(
                    f"{options.source} cannot give browser options to session '{session_id}': "
                    f"it is open already with its own; close it first, or leave the options "
                    f"out to switch to it.")
            self.focus.switch(session_id)
            self.log(session_id, "Switched to the open session.")
            return session_id
        self._open_and_log_in(
            role, username,
            lambda manager: manager.create_session(role, session_id, username=username,
                                                   password=self._secret(password),
                                                   options=options),
            options=options)
        return session_id

    def _options(self, source: str, options: dict[str, Any] | None) -> SessionOptions:
        """Validates a keyword's browser options once; their secrets are masked from now on."""
        parsed = SessionOptions.parse(options, source)
        for secret in parsed.secrets:
            self.library.secrets.add(secret)
        return parsed

    @staticmethod
    def _with(options: SessionOptions | None) -> str:
        return f" with {options.describe()}" if options else ""

    def _secret(self, value: Secret | str | None) -> str | None:
        """The text of a password, remembered so it is masked wherever the library writes."""
        text = reveal(value)
        self.library.secrets.add(text)
        return text

    def _start_trace(self, handle: SessionHandle, trace: str | None = None) -> None:
        """Traces the session unless its mode (or the library's) is OFF."""
        mode = trace or self.settings.trace
        if mode != "OFF":
            self.runtime.run(self.library.tracer.start(handle, mode))

    def _open_and_log_in(self, role: str, username: str | None,
                         create: Callable[[Any], Any], trace: str | None = None,
                         options: SessionOptions | None = None) -> SessionHandle:
        """Opens a session with ``create`` (given the manager) and logs it in (`_opened`).

        With ``login_state_dir`` the identity's lock is held from reading its
        saved login to saving a new one, also when the login fails, so another
        process opening the same identity waits for this login and reuses it.
        """
        with self.login_lock(role, username):
            handle = self.runtime.run_with_browser(create)
            self._opened(handle, trace, options)
        return handle

    @contextmanager
    def login_lock(self, role: str, username: str | None) -> Iterator[None]:
        """Holds the lock of an identity's shared saved login (``login_state_dir``).

        Not held without that setting or a login keyword for the role, nor for
        a saved login (its file is replaced atomically: reading needs no lock).
        Waiting for another process's login is logged here, on Robot's thread.
        """
        role_name = str(role).strip().lower()
        logins = self.manager.logins
        if (logins.state_dir is None or role_name not in self.library.login_keywords
                or logins.get(role_name, username) is not None):
            yield
            return
        with logins.hold(role_name, username) as waited:
            if waited >= 0.5:
                logger.info(f"Waited {waited:.1f} seconds for another process logging "
                            f"{describe(role_name, username)} in.")
            yield

    def _opened(self, handle: SessionHandle, trace: str | None = None,
                options: SessionOptions | None = None) -> None:
        self.adopt(handle)
        who = f" as '{handle.username}'" if handle.username else ""
        self.log(handle.session_id,
                 f"Opened session with role {handle.role}{who}{self._with(options)}.")
        login = self.library.login_keywords.get(handle.role)
        if handle.reused_login and not self._still_logged_in(handle):
            self.manager.logins.discard(handle.role, handle.username)
            try:  # a fresh context: no logged-out cookies left for the login keyword
                self.runtime.run(self.manager.reset_session(handle.session_id))
            except BaseException:
                self._close_quietly(handle.session_id)
                raise
            handle.reused_login = False
        self._start_trace(handle, trace)
        if handle.reused_login:
            source = "reuse_logins" if self.manager.logins.state_dir is None \
                else f"login_state_dir {self.manager.logins.state_dir}"
            self.log(handle.session_id, f"Reused the saved login of this identity "
                                        f"({source}); the login keyword was not run.")
        elif login:
            self._log_in(handle, login)

    def _still_logged_in(self, handle: SessionHandle) -> bool:
        """Runs ``login_check_keyword`` in a session opened from a saved login.

        False (after saying so) when it fails: the saved login is logged out.
        """
        check = self.settings.login_check_keyword
        if not check:
            return True
        try:
            with self.library.listener.failures_handled():
                BuiltIn().run_keyword(check)
            return True
        except ExecutionFailed as error:
            if error.timeout or error.exit or error.skip:
                self._close_quietly(handle.session_id)
                raise
        except BaseException:
            self._close_quietly(handle.session_id)
            raise
        self.log(handle.session_id, f"The saved login of {describe(handle.role, handle.username)} "
                                    f"failed the login check '{check}': it is discarded and the "
                                    f"login keyword runs.")
        return False

    def _log_in(self, handle: SessionHandle, login: str) -> None:
        if handle.role == ACCOUNT and not (handle.username and handle.password):
            self.log(handle.session_id, "No password given: the account login keyword was not run.")
            return
        args: list[Any] = []
        if handle.username:
            args.append(handle.username)
        if handle.password:
            args.append(Secret(handle.password))
        try:
            BuiltIn().run_keyword(login, *args)
            self.runtime.run(self.manager.remember_login(handle))
        except ExecutionFailed as error:
            self._close_quietly(handle.session_id)
            if error.timeout or error.exit or error.skip:
                raise
            raise LoginError(login_failure(handle.role, handle.session_id, error)) from None
        except BaseException:
            self._close_quietly(handle.session_id)
            raise

    def _close_quietly(self, session_id: str) -> None:
        """Closes a session on a failure path: a failing close must not hide the failure."""
        self.focus.forget(session_id)
        if self.manager.has_session(session_id):
            try:
                self.runtime.run(self.manager.close_session(session_id))
            except Exception as error:
                logger.debug(f"[{session_id}] Closing after a failure failed too: {error}")

    @keyword
    def set_login_keyword(self, role: str, keyword: str | None) -> str | None:
        """Sets the keyword that logs a new session of ``role`` in; returns the previous one.

        The keyword runs right after the session opens, with that session
        current, and receives the session's username and password (as a
        Robot Framework ``Secret``) when the session has them. Giving a new role
        name (for example ``moderator``) makes that role valid for `Open Session`.
        ``NONE`` removes the login keyword (and a role that is not built in).

        | Set Login Keyword | admin     | Log In As Admin |
        | Set Login Keyword | moderator | Log In As Moderator |
        | Open Session      | moderator |
        """
        role_name = str(role).strip().lower()
        previous = self.library.login_keywords.get(role_name)
        if keyword and keyword.strip().upper() != "NONE":
            self.manager.set_login(role_name, None)
            self.library.login_keywords[role_name] = keyword
        elif previous:
            self.manager.forget_role(role_name)
            del self.library.login_keywords[role_name]
        return previous

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
    def forget_saved_logins(self) -> list[str]:
        """Forgets the logins kept by ``reuse_logins``; returns the identities forgotten.

        Use it when the application's data was reset, so that saved cookies would
        no longer be valid: the next session of each identity logs in again.
        With ``login_state_dir`` the identities' files in that folder are removed,
        so every process of the run logs in again.

        | Reset Application Data |
        | Forget Saved Logins |
        """
        forgotten = self.manager.forget_logins()
        folder = self.manager.logins.state_dir
        where = f" (removed their files from {folder})" if folder and forgotten else ""
        logger.info(f"Forgot saved logins: {', '.join(forgotten) or 'none'}{where}.")
        return forgotten

    @keyword
    def run_keyword_in_temporary_session(self, role: str, keyword: str, /, *args: Any,
                                         options: dict[str, Any] | None = None) -> Any:
        """Opens a session of ``role``, runs ``keyword`` in it and always closes it.

        The login keyword of the role runs first. Returns the keyword's value.
        The previously current session is current again afterwards. ``options``
        is a dictionary of browser options of the session (see `Browser
        options`); the other named arguments go to ``keyword``.

        | ${title}= | Run Keyword In Temporary Session | anonymous | Get Title |
        | ${agent}= | Run Keyword In Temporary Session | anonymous | Evaluate JavaScript |
        | ...       | navigator.userAgent | options=${{ {"device": "Pixel 7"} }} |
        """
        parsed = self._options("Run Keyword In Temporary Session", options)
        previous = self.focus.current
        handle = self._open_and_log_in(
            role, None, lambda manager: manager.create_session(role, options=parsed),
            options=parsed)
        session_id = handle.session_id
        try:
            return BuiltIn().run_keyword(keyword, *args)
        finally:
            self._close_quietly(session_id)
            if previous is not None and self.manager.has_session(previous):
                self.focus.switch(previous)

    # -- state -----------------------------------------------------------------

    # -- closing -------------------------------------------------------------

    @keyword
    def close_session(self, id: str | None = None) -> None:
        """Closes session ``id`` (the current one by default).

        The session used before it becomes current. Closing a session that is not
        open fails and names the open ones.

        | Close Session | account_alice |
        | Close Session |
        """
        if id is None:
            id = self.focus.current
            if id is None:
                raise NoCurrentSessionError("No session is current, so there is none to close; "
                                            "give the id of the session to close.")
        try:
            self.runtime.run(self.manager.close_session(id))
        finally:
            self.focus.forget(id)
        logger.info(f"[{id}] Closed the session.")

    @keyword
    def close_all_sessions(self) -> None:
        """Closes every open session; if some fail to close, fails once listing each.

        | [Teardown] | Close All Sessions |
        """
        ids = self.manager.session_ids
        self.focus.clear()
        if ids:
            self.runtime.run(self.manager.close_all())
        logger.info(f"Closed sessions: {describe_ids(ids)}.")

