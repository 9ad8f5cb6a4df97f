"""Opening several sessions at once."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from robot.api import logger
from robot.api.deco import keyword
from robot.api.types import Secret

from ..core.errors import LoginError, MultipleSessionErrors, ParallelSessionsError
from ..core.session import ACCOUNT
from ..rf.component import LibraryComponent


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


class OpeningKeywords(LibraryComponent):

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
            sizes.add(count)
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
        revealed = [self.session_keywords._secret(p) for p in secrets] if secrets else \
            [None] * size
        parsed = self.session_keywords._options("Open Sessions", options)

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
            return [self.session_keywords._open_and_log_in(
                role, name, lambda manager, sid=sid, name=name, password=password:
                manager.create_session(role, sid, username=name, password=password,
                                       options=parsed), None, parsed).session_id
                for sid, name, password in zip(given_ids, names, revealed)]
        handles = self.runtime.run_with_browser(open_all)
        failed_logins = {}
        for handle in handles:
            try:
                self.session_keywords._opened(handle, None, parsed)
            except LoginError as error:  # that session is closed; the others stay logged in
                failed_logins[handle.session_id] = error
        if failed_logins:
            raise MultipleSessionErrors("Logging in", failed_logins)
        return [handle.session_id for handle in handles]

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

    @property
    def session_keywords(self):
        return self.library.session_keywords
