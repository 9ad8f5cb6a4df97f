"""The library's listener: lifecycle hooks Robot Framework calls on the main thread.

- At a failure that fails the test (not one a keyword such as ``Run Keyword And
  Expect Error`` or a TRY/EXCEPT handles), every session is captured once.
- Sessions are closed when their scope ends (``auto_closing``); a session left
  open is reported as a leak.
- A browser that died during a test fails that test, naming the lost sessions.
- At the end of the run the browser is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import os

from robot.api import logger

from .errors import BrowserLostError
from .evidence import trace_links_html
from .explain import explain
from .keywords.base import normalise_keyword_name, output_dir

if TYPE_CHECKING:
    from .library import ParallelSessions

# BuiltIn keywords that handle a failure of the keyword they run.
CATCHING_KEYWORDS = {
    "runkeywordandexpecterror", "runkeywordandignoreerror", "runkeywordandreturnstatus",
    "runkeywordandwarnonfailure", "waituntilkeywordsucceeds",
}


class LibraryListener:
    ROBOT_LISTENER_API_VERSION = 3

    def __init__(self, library: "ParallelSessions"):
        self.library = library
        # (kind, full name) of the running suites and test. A library listener starts
        # hearing events only once the library is imported, mid-suite, so entries are
        # matched by name rather than assumed to pair up.
        self._scopes: list[tuple[str, str, str]] = []  # (kind, full name, name)
        self._catching: list[bool] = []
        # Messages of the failures captured in the running test: a failure propagating
        # through nested keywords (and their teardowns) is captured once, at its source.
        self._captured: list[str] = []

    # -- scopes ----------------------------------------------------------------

    def scope(self) -> str | None:
        """The scope tag of a session opened now, by the auto_closing level."""
        level = self.library.settings.auto_closing
        if level == "MANUAL" or not self._scopes:
            return None
        wanted = ("suite",) if level == "SUITE" else ("suite", "test")
        for index in range(len(self._scopes) - 1, -1, -1):
            if self._scopes[index][0] in wanted:
                return f"{index}:{self._scopes[index][1]}"
        return None

    def _ending(self, kind: str, name: str) -> bool:
        return bool(self._scopes) and self._scopes[-1][:2] == (kind, name)

    def _close_scope(self) -> None:
        """Closes the sessions tied to the ending test or suite and reports them as leaks."""
        level = self.library.settings.auto_closing
        ending_kind = self._scopes[-1][0]
        if level == "MANUAL" or (level == "SUITE" and ending_kind == "test"):
            return
        tag = self.scope()
        if tag is None or not self.library.runtime.browser_started:
            return
        manager = self.library.runtime.manager
        leaked = [h.session_id for h in manager.sessions() if h.scope == tag]
        if not leaked:
            return
        errors = []
        for session_id in leaked:
            self.library.focus.forget(session_id)
            if manager.has_session(session_id):
                try:
                    self.library.runtime.run(manager.close_session(session_id))
                except Exception as error:
                    errors.append(f"{session_id}: {explain(error)}")
        kind, _, name = self._scopes[-1]
        problems = f" Closing failed for {'; '.join(errors)}." if errors else ""
        logger.warn(f"Session(s) {', '.join(leaked)} opened in {kind} '{name}' were still open at "
                    f"its end and were closed (auto_closing={level}); close sessions in a "
                    f"teardown, or use auto_closing=MANUAL.{problems}")

    def start_suite(self, data, result):
        self._scopes.append(("suite", result.full_name, result.name))
        self._captured = []
        self.library.tracer.test_name = result.name
        self.library.tracer.output_dir = output_dir()

    def end_suite(self, data, result):
        if not self._ending("suite", result.full_name):
            return  # the library was imported inside this suite: its start was not heard
        try:
            self._finish_traces(result.failed)
            self._close_scope()
        finally:
            self._scopes.pop()

    def start_test(self, data, result):
        suite = result.parent
        if not any(entry[:2] == ("suite", suite.full_name) for entry in self._scopes):
            self._scopes.append(("suite", suite.full_name, suite.name))  # began before the import
        self._scopes.append(("test", result.full_name, result.name))
        self._captured = []
        self.library.tracer.test_name = result.name
        self.library.tracer.output_dir = output_dir()
        for handle in self.library.runtime.manager.sessions():
            handle.clear_page_errors()

    def end_test(self, data, result):
        if not self._ending("test", result.full_name):
            return
        lost = self.library.runtime.take_lost_sessions()
        if lost:
            self.library.focus.clear()
            result.status = "FAIL"
            message = str(BrowserLostError(lost, self.library.runtime.take_driver_lost()))
            result.message = f"{result.message}\n\nAlso: {message}" if result.message else message
        try:
            self._finish_traces(result.failed)
            self._close_scope()
        finally:
            self._scopes.pop()
            self.library.tracer.test_name = self._scopes[-1][2] if self._scopes else "run"

    def _finish_traces(self, failed: bool) -> None:
        """Saves the test's trace chunks; keeps them (ON, or a failure) or deletes them."""
        runtime, tracer = self.library.runtime, self.library.tracer
        if runtime.browser_started:
            for handle in runtime.manager.sessions():
                if handle.tracing:
                    try:
                        runtime.run(tracer.save(handle, restart=True))
                    except Exception as error:
                        logger.warn(f"[{handle.session_id}] Saving its trace failed: "
                                    f"{explain(error)}")
        saved = tracer.take_saved()
        if not saved:
            return
        kept = []
        for session_id, path, mode in saved:
            if mode == "RETAIN_ON_FAILURE" and not failed:
                if os.path.exists(path):
                    os.remove(path)
            else:
                kept.append((session_id, path))
        if not kept:
            return
        logger.info(trace_links_html(kept, tracer.output_dir), html=True)

    # -- failures ----------------------------------------------------------------

    def start_keyword(self, data, result):
        catching = normalise_keyword_name(result.name or "") in CATCHING_KEYWORDS
        self._catching.append(catching)

    def end_keyword(self, data, result):
        if self._catching:  # empty when the library was imported by this very keyword
            self._catching.pop()
        if not result.failed or any(self._catching):
            return
        message = result.message or ""
        if message and any(captured in message for captured in self._captured if captured):
            return  # the same failure, reaching an enclosing keyword
        self._captured.append(message)
        self.library.capture_failure_evidence()

    def start_try_branch(self, data, result):
        handles = data.type == "TRY" and any(b.type == "EXCEPT" for b in data.parent.body)
        self._catching.append(handles)

    def end_try_branch(self, data, result):
        if self._catching:
            self._catching.pop()

    def close(self) -> None:
        self.library.focus.clear()
        for problem in self.library.runtime.shutdown():
            logger.warn(f"ParallelSessions at the end of the run: {problem}")
