"""How the keywords open a session the Robot way: its browser options, its login keyword
(run with BuiltIn; under the identity's lock with login_state_dir), its trace and its scope.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator

from robot.api import logger
from robot.api.types import Secret
from robot.errors import ExecutionFailed
from robot.libraries.BuiltIn import BuiltIn

from ..core.errors import ConfigurationError, DuplicateSessionError, LoginError
from ..core.logins import describe, login_failure
from ..core.options import SessionOptions, SessionOptionsError
from ..core.session import ACCOUNT, SessionHandle
from ..rf.component import LibraryComponent, reveal


class SessionOpener(LibraryComponent):
    """Opens sessions for the keywords; one per library, built by the library."""

    def __init__(self, library):
        super().__init__(library)
        self._found_keywords: set[str] = set()  # login keywords known to exist

    def get_or_open(self, role: str, session_id: str, username: str | None = None,
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
            self.session_focus.switch(session_id)
            self.log(session_id, "Switched to the open session.")
            return session_id
        self.open_and_log_in(
            role, username,
            lambda manager: manager.create_session(role, session_id, username=username,
                                                   password=self.secret(password),
                                                   options=options),
            options=options)
        return session_id

    def options(self, source: str, options: dict[str, Any] | None) -> SessionOptions:
        """Validates a keyword's browser options once; their secrets are masked from now on."""
        parsed = SessionOptions.parse(options, source)
        for secret in parsed.secrets:
            self.library.secrets.add(secret)
        return parsed

    @staticmethod
    def with_options(options: SessionOptions | None) -> str:
        return f" with {options.describe()}" if options else ""

    def secret(self, value: Secret | str | None) -> str | None:
        """The text of a password, remembered so it is masked wherever the library writes."""
        text = reveal(value)
        self.library.secrets.add(text)
        return text

    def start_trace(self, handle: SessionHandle, trace: str | None = None) -> None:
        """Traces the session unless its mode (or the library's) is OFF."""
        mode = trace or self.settings.trace
        if mode != "OFF":
            self.runtime.run(self.library.tracer.start(handle, mode))

    def open_and_log_in(self, role: str, username: str | None,
                         create: Callable[[Any], Any], trace: str | None = None,
                         options: SessionOptions | None = None) -> SessionHandle:
        """Opens a session with ``create`` (given the manager) and logs it in (`_opened`).

        With ``login_state_dir`` the identity's lock is held from reading its
        saved login to saving a new one, also when the login fails, so another
        process opening the same identity waits for this login and reuses it.
        """
        with self.login_lock(role, username):
            handle = self.runtime.run_with_browser(create)
            self.opened(handle, trace, options)
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

    def opened(self, handle: SessionHandle, trace: str | None = None,
                options: SessionOptions | None = None) -> None:
        try:
            self.check_keywords_exist(handle.role)
        except ConfigurationError:
            self.close_quietly(handle.session_id)
            raise
        self.adopt(handle)
        who = f" as '{handle.username}'" if handle.username else ""
        self.log(handle.session_id,
                 f"Opened session with role {handle.role}{who}{self.with_options(options)}.")
        login = self.library.login_keywords.get(handle.role)
        if handle.reused_login and not self.still_logged_in(handle):
            self.manager.logins.discard(handle.role, handle.username)
            try:  # a fresh context: no logged-out cookies left for the login keyword
                self.runtime.run(self.manager.reset_session(handle.session_id))
            except BaseException:
                self.close_quietly(handle.session_id)
                raise
            handle.reused_login = False
        self.start_trace(handle, trace)
        if handle.reused_login:
            source = "reuse_logins" if self.manager.logins.state_dir is None \
                else f"login_state_dir {self.manager.logins.state_dir}"
            self.log(handle.session_id, f"Reused the saved login of this identity "
                                        f"({source}); the login keyword was not run.")
        elif login:
            self.log_in(handle, login)

    def check_keywords_exist(self, role: str) -> None:
        """Refuses a login or login check keyword that Robot cannot find, before any login.

        A typo would otherwise fail every login, or (in ``login_check_keyword``) count as
        "logged out" so that login reuse is silently off. Each name is checked once.
        """
        wanted = [(f"the login keyword of role '{role}'", self.library.login_keywords.get(role))]
        if self.settings.login_check_keyword and (self.settings.reuse_logins
                                                  or self.settings.login_state_dir):
            wanted.append(("login_check_keyword", self.settings.login_check_keyword))
        for what, name in wanted:
            if not name or name in self._found_keywords:
                continue
            error = _keyword_error(name)
            if error:
                raise ConfigurationError(f"{what} '{name}' cannot be run: {error}")
            self._found_keywords.add(name)

    def still_logged_in(self, handle: SessionHandle) -> bool:
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
                self.close_quietly(handle.session_id)
                raise
        except BaseException:
            self.close_quietly(handle.session_id)
            raise
        self.log(handle.session_id, f"The saved login of {describe(handle.role, handle.username)} "
                                    f"failed the login check '{check}': it is discarded and the "
                                    f"login keyword runs.")
        return False

    def log_in(self, handle: SessionHandle, login: str) -> None:
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
            self.runtime.run(self.manager.logins.remember(handle))
        except ExecutionFailed as error:
            self.close_quietly(handle.session_id)
            if error.timeout or error.exit or error.skip:
                raise
            raise LoginError(login_failure(handle.role, handle.session_id, error)) from None
        except BaseException:
            self.close_quietly(handle.session_id)
            raise

    def close_quietly(self, session_id: str) -> None:
        """Closes a session on a failure path: a failing close must not hide the failure."""
        self.session_focus.forget(session_id)
        if self.manager.has_session(session_id):
            try:
                self.runtime.run(self.manager.close_session(session_id))
            except Exception as error:
                logger.debug(f"[{session_id}] Closing after a failure failed too: {error}")


def _keyword_error(name: str) -> str | None:
    """Robot's reason why keyword ``name`` cannot be found (with its suggestions), or None."""
    try:
        from robot.running.context import EXECUTION_CONTEXTS
        runner = EXECUTION_CONTEXTS.current.namespace.get_runner(name)
    except Exception:  # no Robot run (or another Robot version): the keyword fails when run
        return None
    return getattr(getattr(runner, "keyword", None), "error", None)
