"""Errors raised by ParallelSessions.

Every error carries ``ROBOT_SUPPRESS_NAME`` so that Robot Framework shows the
tester a sentence, not a Python class name.
"""


class ParallelSessionsError(Exception):
    """Base class of every error this library raises on purpose."""

    ROBOT_SUPPRESS_NAME = True


class ConfigurationError(ParallelSessionsError):
    """An import argument or PARALLEL_SESSION_* environment variable is invalid."""


class BrowserNotFoundError(ParallelSessionsError):
    """No Chromium executable could be found."""


class SessionNotFoundError(ParallelSessionsError):
    """A session id names no open session."""


class DuplicateSessionError(ParallelSessionsError):
    """A session with the requested id is already open."""


class UnknownRoleError(ParallelSessionsError):
    """A role name is neither built in nor registered with a login."""


class SessionLimitError(ParallelSessionsError):
    """Opening one more session would exceed the configured maximum."""


class NoCurrentSessionError(ParallelSessionsError):
    """A page keyword ran while no session is current."""


class NoPageError(ParallelSessionsError):
    """A page keyword ran in an API session, which has no page."""


class PageCrashedError(ParallelSessionsError):
    """The page of a session crashed (its renderer died)."""

    def __init__(self, session_id: str):
        self.session_id = session_id
        super().__init__(
            f"The page of session '{session_id}' crashed; Reload gives the session a fresh page "
            f"at the same URL (cookies and login are kept), or close it with Close Session.")


class LoginError(ParallelSessionsError):
    """The login of a freshly opened session failed; the session was closed."""


class SessionActionError(ParallelSessionsError):
    """A browser action failed inside a session."""


class ActionTimeoutError(SessionActionError):
    """A browser action outlived its timeout without Playwright ending it (a hung page)."""


class ScopeError(ParallelSessionsError):
    """A run-time setting was given a scope that is not running (``Test`` outside a test)."""


class InvalidSelectorError(ParallelSessionsError):
    """A selector that is empty, or has an empty part between ``>>>``."""


class InvalidAssertionError(ParallelSessionsError):
    """An assertion operator was used in a way the getter does not support."""


class AssertionMessageError(AssertionError):
    """An assertion failed and the tester gave the message to show for it."""

    ROBOT_SUPPRESS_NAME = True


class MultipleSessionErrors(ParallelSessionsError):
    """Several sessions failed; the message lists each one."""

    def __init__(self, what: str, errors: dict[str, BaseException]):
        self.errors = errors
        details = "; ".join(f"{sid}: {err}" for sid, err in errors.items())
        super().__init__(f"{what} failed in {len(errors)} session(s): {details}")


class BrowserUnresponsiveError(ParallelSessionsError):
    """The browser or the Playwright driver did not answer in time."""


class BrowserLostError(ParallelSessionsError):
    """Chromium (or the Playwright driver running it) stopped and took its sessions with it."""

    def __init__(self, lost: list[str], driver: bool = False, servers: list[str] = ()):
        self.lost = lost
        what = "The Playwright driver" if driver else "The browser"
        fresh = "a fresh driver and browser" if driver else "a fresh browser"
        after = f"the next session opens in {fresh}"
        if servers and not driver:  # browser servers died, the others go on (see servers.py)
            what = f"Browser {' and '.join(servers)}"
            after = ("sessions on the other servers go on, and new sessions open on the servers "
                     "still running")
        super().__init__(
            f"{what} stopped unexpectedly (crashed or was killed) and "
            f"{len(lost)} session(s) were lost: {', '.join(lost) or 'none'}; {after}.")


def describe_ids(ids) -> str:
    """Session ids for a sentence: sorted, comma-separated, or "none"."""
    ids = sorted(ids)
    return ", ".join(ids) if ids else "none"


class FileWriteError(ParallelSessionsError):
    """A file the library writes could not be written (full disk, no permission...); nothing half is left."""
