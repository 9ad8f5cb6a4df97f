"""Keywords that run other keywords in sessions: in one, in a temporary one, in each one
after another, or as steps at the same instant in several.
"""

from __future__ import annotations

from typing import Any

from playwright.async_api import Error as PlaywrightError
from robot.api import logger
from robot.api.deco import keyword
from robot.errors import ExecutionFailed
from robot.libraries.BuiltIn import BuiltIn

from ..concurrency.runner import RELEASES, SYNC, SYNC_LABEL, SessionOutcome, Sync, run_concurrently
from ..concurrency.step import PREPARE
from ..core.errors import MultipleSessionErrors, ParallelSessionsError
from ..core.explain import explain
from ..evidence.log_html import steps_table_html
from ..rf.component import CONCURRENT, RUNS_STEPS, LibraryComponent, normalise_keyword_name
from ..rf.keyword_calls import converted_arguments

SEPARATOR = "AND"
PLACEHOLDER = "{session}"


def split_session_ids(sessions: list[str] | str) -> list[str]:
    """Accepts a list of ids or one comma-separated string."""
    items = sessions.split(",") if isinstance(sessions, str) else list(sessions)
    ids = [str(item).strip() for item in items if str(item).strip()]
    if not ids:
        raise ParallelSessionsError("No sessions given: pass a list of session ids or "
                                    "a comma-separated string such as 'account_a, account_b'.")
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ParallelSessionsError(f"Session {', '.join(duplicates)} is listed more than once; "
                                    f"each session can run the steps only once at a time.")
    return ids


def split_steps(steps: tuple[str, ...]) -> list[list[str]]:
    """Splits ``Keyword  arg  AND  Keyword  arg`` into ``[[Keyword, arg], [Keyword, arg]]``."""
    groups: list[list[str]] = [[]]
    for item in steps:
        if item == SEPARATOR:
            groups.append([])
        else:
            groups[-1].append(item)
    if any(not group for group in groups):
        raise ParallelSessionsError(
            "Empty step: steps are keywords with their arguments, separated by AND; "
            "an AND at the start or end, or two in a row, leave a step empty.")
    return groups


def substitute(value: Any, session_id: str) -> Any:
    """Replaces {session} in strings, also inside lists and dictionaries."""
    if isinstance(value, str):
        return value.replace(PLACEHOLDER, session_id)
    if isinstance(value, dict):
        return type(value)((substitute(k, session_id), substitute(v, session_id))
                           for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return type(value)(substitute(v, session_id) for v in value)
    return value


def parse_sync(args: list[str]) -> Sync:
    """``SYNC`` or ``SYNC  release=network|page``."""
    if not args:
        return SYNC
    name, _, value = str(args[0]).partition("=")
    if len(args) == 1 and name.strip().lower() == "release" and value.strip().lower() in RELEASES:
        return Sync(value.strip().lower())
    raise ParallelSessionsError(
        f"SYNC takes one optional argument, release=network (the default: requests are let go "
        f"together where they leave the browser) or release=page (a Click fires inside each "
        f"page at one instant), not '{'  '.join(str(a) for a in args)}'.")


class RunningKeywords(LibraryComponent):

    @keyword
    def run_keyword_in_session(self, id: str, keyword: str, /, *args: Any) -> Any:
        """Runs ``keyword`` with ``args`` while session ``id`` is current; returns its value.

        The session that was current before is current again afterwards, also
        when the keyword fails.

        | ${status}= | Run Keyword In Session | account_alice | Get Text | .status |
        """
        self.manager.require_session(id)
        with self.session_focus.visiting(id):
            return BuiltIn().run_keyword(keyword, *args)

    @keyword
    def run_keyword_in_temporary_session(self, role: str, keyword: str, /, *args: Any,
                                         options: dict[str, Any] | None = None) -> Any:
        """Opens a session of ``role``, runs ``keyword`` in it and always closes it.

        The login keyword of the role runs first. Returns the keyword's value.
        The previously current session is current again afterwards. ``options``
        is a dictionary of browser options of the session (see `Browser
        options`); the other named arguments go to ``keyword``.

        | ${title}= | Run Keyword In Temporary Session | anonymous | Get Title |
        | ${agent}= | Run Keyword In Temporary Session | anonymous | Evaluate JavaScript | ${None} |
        | ...       | navigator.userAgent | options=${{ {"device": "Pixel 7"} }} |
        """
        parsed = self.opener.options("Run Keyword In Temporary Session", options)
        previous = self.session_focus.current
        handle = self.opener.open_and_log_in(
            role, None, lambda manager: manager.create_session(role, options=parsed),
            options=parsed)
        session_id = handle.session_id
        try:
            return BuiltIn().run_keyword(keyword, *args)
        finally:
            self.opener.close_quietly(session_id)
            if previous is not None and self.manager.has_session(previous):
                self.session_focus.switch(previous)

    @keyword
    def run_keyword_in_sessions(self, sessions: list[str] | str, keyword: str, /,
                                *args: Any) -> list[Any]:
        """Runs ``keyword`` once in each session, one after another; returns the values.

        Any keyword works, user keywords and other libraries' included: each
        session is made current while its run lasts, and ``{session}`` in
        ``args`` is replaced by its id. If the keyword fails in some sessions, it
        still runs in the others, then this keyword fails once naming each failed
        session. The session current before is current again afterwards.

        | ${statuses}= | Run Keyword In Sessions | account_a, account_b | Get Text | .status |
        | Run Keyword In Sessions | ${users} | Create Token | token-of-{session} |
        """
        ids = split_session_ids(sessions)
        for session_id in ids:
            self.manager.require_session(session_id)
        results: list[Any] = []
        errors: dict[str, BaseException] = {}
        for session_id in ids:
            with self.session_focus.visiting(session_id):
                try:
                    results.append(BuiltIn().run_keyword(
                        keyword, *[substitute(a, session_id) for a in args]))
                except ExecutionFailed as error:
                    if error.timeout or error.exit or error.skip:
                        raise
                    errors[session_id] = error
                    results.append(None)
        if errors:
            raise MultipleSessionErrors(f"Run Keyword In Sessions '{keyword}'", errors)
        return results

    def _step_keywords(self) -> dict[str, Any]:
        """This library's keywords that can run as concurrent steps, by normalised name."""
        found = {}
        for name, method in self.library.keywords.items():
            if CONCURRENT in getattr(method, "robot_tags", ()):
                found[normalise_keyword_name(getattr(method, "robot_name", None) or name)] = method
        return found

    def _plan(self, words: list[str], session_id: str, step_keywords: dict[str, Any]):
        name, args = words[0], [substitute(a, session_id) for a in words[1:]]
        if name.strip().upper() == SYNC_LABEL:
            return parse_sync(args)
        bare = name.split(".", 1)[1] if name.lower().startswith("parallelsessions.") else name
        method = step_keywords.get(normalise_keyword_name(bare))
        if method is None:
            raise ParallelSessionsError(
                f"'{name}' cannot be a step of Run In Sessions Concurrently: only this library's "
                f"page and API keywords can run at the same instant in several sessions, because "
                f"Robot Framework runs every other keyword (user keywords and other libraries' "
                f"keywords) one at a time on its main thread. Use Run Keyword In Sessions to run "
                f"it in each session one after another.")
        positional, named = converted_arguments(self.library, method, bare, args)
        step = method.step_builder(method.__self__, *positional, **named)
        if step.whole is not None:
            raise ParallelSessionsError(
                f"{step.description} cannot be a step of Run In Sessions Concurrently: it already "
                f"acts in every session. Call it before the concurrent steps.")
        return step

    @keyword(tags=[RUNS_STEPS])
    def run_in_sessions_concurrently(self, sessions: list[str] | str, /,
                                     *steps: Any) -> list[Any]:
        """Runs the same steps in every session at the same time; returns each session's last value.

        ``sessions`` is a list of session ids or a comma-separated string.
        ``steps`` are keywords of this library with their arguments, separated by
        ``AND`` as in BuiltIn's ``Run Keywords``. ``{session}`` in any argument is
        replaced by the id of the session running the step. The return value is a
        list, in the order of ``sessions``, of the value of each session's last step.

        A step ``SYNC`` is a start barrier: every session waits there until all
        have arrived, then all continue together. The step after ``SYNC`` is
        prepared before the barrier (a `Click` finds its element and waits until
        it is visible, enabled and stable). By default every session then
        performs it at once and the requests the steps send are held where they
        leave the browser and let go together; ``SYNC    release=page`` fires a
        `Click` inside every page at one agreed instant instead. This is how
        races are found: see `Concurrency`.

        Every session runs all its steps even when others fail; a session that
        fails leaves the barriers so nobody waits for it. The keyword then fails
        once, naming each failed session and its error. The log shows a table of
        every session's steps with their start times and durations.

        Only keywords of this library tagged ``concurrent`` (page and API
        keywords) can be steps; for user keywords use `Run Keyword In Sessions`.

        | ${tokens}= | Run In Sessions Concurrently | ${users} |
        | ...    | Go To | /account/tokens/new |
        | ...    | AND | Fill Text | id=name | Token-{session} |
        | ...    | AND | SYNC |
        | ...    | AND | Click | button[type=submit] |
        | ...    | AND | Get Text | .token-value |
        """
        ids = split_session_ids(sessions)
        groups = split_steps(steps)
        handles = [self.manager.require_session(session_id) for session_id in ids]
        step_keywords = self._step_keywords()
        plans = [(handle, [self._plan(words, handle.session_id, step_keywords) for words in groups])
                 for handle in handles]
        dialogs_before = {handle.session_id: len(handle.dialogs) for handle in handles}
        outcomes = self.runtime.run(run_concurrently(plans), timeout=0)  # each step is bounded
        for handle in handles:
            self.log_dialogs(handle, dialogs_before[handle.session_id])
        logger.info(steps_table_html(outcomes), html=True)
        for outcome in outcomes:  # what each step said after it ran (Step.after)
            for record in outcome.records:
                self.log_notes(outcome.session_id, record.notes)
        errors = {o.session_id: self._describe(o) for o in outcomes if o.error is not None}
        if errors:
            raise MultipleSessionErrors("Run In Sessions Concurrently", errors)
        return [o.result for o in outcomes]

    def _describe(self, outcome: SessionOutcome) -> str:
        """The failed step and its error, without repeating the session id."""
        if not isinstance(outcome.error, (PlaywrightError, AssertionError)):
            return self.library.secrets.mask(str(outcome.error))
        failed = next((r for r in outcome.records if r.error is not None), None)
        description = failed.description if failed else "A step"
        mask = self.library.secrets.mask
        if description.startswith(PREPARE):
            return mask(f"{description[len(PREPARE):]} failed while it was prepared before "
                        f"SYNC: {explain(outcome.error)}")
        return mask(f"{description} failed: {explain(outcome.error)}")
