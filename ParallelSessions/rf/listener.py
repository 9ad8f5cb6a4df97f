"""The library's listener: lifecycle hooks Robot Framework calls on the main thread.

- At a failure that fails the test (not one a keyword such as ``Run Keyword And
  Expect Error`` or a TRY/EXCEPT handles), every session is captured once.
- Sessions are closed when their scope ends (``auto_closing``); a session left
  open is reported as a leak.
- A browser that died during a test fails that test, naming the lost sessions.
- Every page keyword's line in log.html names its session: ``[admin] Click``.
- A timeline of the sessions' steps follows `Run In Sessions Concurrently` and
  every failure; each test ends with a summary of what each session did.
- Videos of sessions are kept or deleted by ``record_video``, like traces.
- A setting changed for a test or suite (`Set Browser Timeout` ..., see scoped.py) ends with it.
- Every message Robot writes, and every failure message, has the secrets the
  library knows masked (rf/log_masking.py), also in the debug file.
- At the end of the run the browser is closed.
"""

from __future__ import annotations

import functools
import os
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator

from robot.api import logger
from robot.libraries.BuiltIn import BuiltIn, RobotNotRunningError
from robot.output.loggerapi import LoggerApi

from ..core.explain import explain
from ..evidence.log_html import activity_summary_html, trace_links_html, videos_html
from ..evidence.timeline import timeline_svg
from .component import CONCURRENT, RUNS_STEPS, SESSION, normalise_keyword_name, output_dir
from .log_masking import RobotOutputMasking

if TYPE_CHECKING:
    from ..library import ParallelSessions

# BuiltIn keywords that handle a failure of the keyword they run.
CATCHING_KEYWORDS = {
    "runkeywordandexpecterror", "runkeywordandignoreerror", "runkeywordandreturnstatus",
    "runkeywordandwarnonfailure", "waituntilkeywordsucceeds",
}


def _never_raises(method):
    """A listener method whose failure (a full disk under the output folder...) is a warning.

    An exception out of a listener makes Robot Framework report the listener as
    failing and, for some, stop the run; evidence that cannot be saved must not.
    """
    @functools.wraps(method)
    def guarded(self, *args):
        try:
            return method(self, *args)
        except Exception as error:
            try:
                logger.warn(f"ParallelSessions could not finish its work at {method.__name__}: "
                            f"{explain(error)}")
            except Exception:  # the log itself cannot be written: nothing more to do
                pass
            return None
    return guarded


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
        # What the sessions did in the running test (every step notes itself here).
        self.activity = library.activity
        self.videos = library.videos
        self._ours: dict[str, bool] = {}  # library names in the log -> whether it is this one
        # Called with the tag of each test and suite that ends (see scope_tag); routes for
        # every session scoped to it end there (keywords/network.py).
        self.scope_ended: list[Callable[[str], None]] = []
        # Called with the name of each test that ends, before its sessions close; a message
        # returned fails the test (keywords/promises.py: promises left uncollected).
        self.test_ending: list[Callable[[str], str | None]] = []
        self._labels = _SessionLabels(self)
        _register(self._labels)
        self.masking = RobotOutputMasking(library.secrets)
        self.masking.register()

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

    def scope_tag(self, kind: str) -> tuple[str, str] | None:
        """The running ``test`` (the suite outside a test) or ``suite``, for what lasts as
        long: (its tag, as `scope_ended` hooks get it; "test 'Name'"), or None outside a run."""
        for index in range(len(self._scopes) - 1, -1, -1):
            entry_kind, full_name, name = self._scopes[index]
            if kind == "test" or entry_kind == "suite":
                return f"{index}:{full_name}", f"{entry_kind} '{name}'"
        return None

    def _scope_ends(self) -> None:
        tag = f"{len(self._scopes) - 1}:{self._scopes[-1][1]}"
        for hook in self.scope_ended:
            hook(tag)

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
            self.library.session_focus.forget(session_id)
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

    def _enter(self, kind: str, full_name: str, name: str) -> None:
        self._scopes.append((kind, full_name, name))
        self.library.scoped.enter(kind, f"{len(self._scopes) - 1}:{full_name}")

    def _leave(self) -> None:
        """The ending test's or suite's scoped settings (`Set Browser Timeout` ...) end too."""
        self.library.scoped.leave(f"{len(self._scopes) - 1}:{self._scopes[-1][1]}")
        self._scopes.pop()

    @_never_raises
    def start_suite(self, data, result):
        self._enter("suite", result.full_name, result.name)
        self._captured = []
        self._name_outputs(result.name)
        self.activity.reset()

    def _name_outputs(self, name: str) -> None:
        """Trace and video files made from now on are named after ``name``."""
        self.library.tracer.test_name = self.videos.test_name = name
        self.library.tracer.output_dir = self.videos.output_dir = output_dir()

    @_never_raises
    def end_suite(self, data, result):
        self.masking.mask_result(result, restore=False)
        if not self._ending("suite", result.full_name):
            return  # the library was imported inside this suite: its start was not heard
        try:
            self._finish_traces(result.failed)
            self._close_scope()
            self._scope_ends()
            self._finish_videos(result.failed)
        finally:
            self._leave()

    @_never_raises
    def start_test(self, data, result):
        suite = result.parent
        if not any(entry[:2] == ("suite", suite.full_name) for entry in self._scopes):
            self._enter("suite", suite.full_name, suite.name)  # began before the import
        self._enter("test", result.full_name, result.name)
        self._captured = []
        self._name_outputs(result.name)
        self.activity.reset()
        for handle in self.library.runtime.manager.sessions():
            handle.clear_page_errors()

    @_never_raises
    def end_test(self, data, result):
        self.masking.mask_result(result, restore=False)
        if not self._ending("test", result.full_name):
            return
        for hook in self.test_ending:
            problem = hook(result.name)
            if problem:
                result.status = "FAIL"
                result.message = f"{result.message}\n\nAlso: {problem}" if result.message \
                    else problem
        lost = self.library.runtime.take_lost_sessions()
        if lost:
            self.library.session_focus.clear()
            result.status = "FAIL"
            message = str(self.library.runtime.lost_error(lost))
            result.message = f"{result.message}\n\nAlso: {message}" if result.message else message
        try:
            self._finish_traces(result.failed)
            self._close_scope()
            self._scope_ends()
            self._finish_videos(result.failed)
            self._log_activity()
        finally:
            self._leave()
            self.library.tracer.test_name = self.videos.test_name = \
                self._scopes[-1][2] if self._scopes else "run"

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

    def _finish_videos(self, failed: bool) -> None:
        """Keeps (ON, or a failure while the session was open) or deletes finished videos.

        Sessions still open when a test fails have their videos marked, so that
        ``RETAIN_ON_FAILURE`` keeps them when they close later.
        """
        if failed:
            self.videos.mark_failed(self.library.runtime.manager.session_ids)
        kept = []
        for video in self.videos.take_finished():
            if video.dropped:
                logger.info(f"[{video.session_id}] Its video was deleted: {video.dropped}.")
            elif not video.saved:
                continue
            elif video.mode == "ON" or video.failed or failed:
                kept.append((video.session_id, video.path))
            elif os.path.exists(video.path):
                os.remove(video.path)
        if kept:
            logger.info(videos_html(kept, self.videos.output_dir), html=True)

    def _log_activity(self) -> None:
        """The test's activity summary: per session its steps, time, pages, errors."""
        activities = self.activity.summary(self.library.runtime.manager.sessions())
        if activities:
            logger.info(activity_summary_html(activities, self.activity.mask), html=True)

    # -- failures ----------------------------------------------------------------

    def start_keyword(self, data, result):
        catching = normalise_keyword_name(result.name or "") in CATCHING_KEYWORDS
        self._catching.append(catching)

    @_never_raises
    def end_keyword(self, data, result):
        self.masking.mask_result(result)
        if self._catching:  # empty when the library was imported by this very keyword
            self._catching.pop()
        started = result.start_time.timestamp() if result.start_time else time.time()
        capturing = result.failed and not any(self._catching)
        message = result.message or ""
        if capturing and message and \
                any(captured in message for captured in self._captured if captured):
            capturing = False  # the same failure, reaching an enclosing keyword
        if not capturing:
            if RUNS_STEPS in result.tags and self.is_ours(result.owner):
                self._log_timeline(started, "Timeline of Run In Sessions Concurrently")
            return
        self._captured.append(message)
        self.library.gallery.at_failure(since=started)

    def _log_timeline(self, since: float, title: str) -> None:
        steps = self.activity.steps_since(since)
        if steps:
            logger.info(timeline_svg(steps, self.activity.syncs_since(since), title=title,
                                     mask=self.activity.mask), html=True)

    def is_ours(self, owner: str | None) -> bool:
        """Whether keywords of library ``owner`` (its name in the log) are this library's."""
        if not owner:
            return False
        if owner not in self._ours:
            try:
                self._ours[owner] = BuiltIn().get_library_instance(owner) is self.library
            except (RuntimeError, RobotNotRunningError):
                self._ours[owner] = False
        return self._ours[owner]

    @contextmanager
    def failures_handled(self) -> Iterator[None]:
        """Keywords the library runs and whose failure it handles itself (a login check):
        like those under `Run Keyword And Expect Error`, they take no screenshots."""
        self._catching.append(True)
        try:
            yield
        finally:
            self._catching.pop()

    def start_try_branch(self, data, result):
        handles = data.type == "TRY" and any(b.type == "EXCEPT" for b in data.parent.body)
        self._catching.append(handles)

    def end_try_branch(self, data, result):
        self.masking.mask_result(result)
        if self._catching:
            self._catching.pop()

    # -- secrets in what Robot writes ----------------------------------------------

    def log_message(self, message):
        """Robot's own lines too (``${value} = ...``, TRACE's Arguments and Return, other
        keywords' failures) have the known secrets masked before any file gets them."""
        self.masking.mask_message(message)

    def end_body_item(self, data, result):
        """IF, FOR, WHILE, TRY, GROUP, VAR...: a failure message they carry, masked."""
        self.masking.mask_result(result)

    @_never_raises
    def close(self) -> None:
        _unregister(self._labels)
        self.masking.unregister()
        self.library.session_focus.clear()
        for problem in self.library.runtime.shutdown():
            logger.warn(f"ParallelSessions at the end of the run: {problem}")


# Keywords that act in the current session although they are not concurrent steps.
class _SessionLabels(LoggerApi):
    """Puts the session a page keyword acts in into its name in log.html: ``[admin] Click``.

    log.html shows a collapsed keyword as its library, name and arguments only,
    and output.xml writes them as the keyword starts, before any library
    listener hears of it. So this is registered as one of Robot Framework's
    loggers, which are told of a keyword first (``robot.output.LOGGER``, an
    internal API: without it the labels are simply absent). The keyword's
    arguments stay as written; only its name in the log gains the prefix.
    """

    def __init__(self, listener: LibraryListener):
        super().__init__()
        self.listener = listener

    def start_keyword(self, data, result) -> None:
        current = self.listener.library.session_focus.current
        if current is None or not result.name or result.name.startswith("["):
            return
        if (CONCURRENT in result.tags or SESSION in result.tags) and \
                self.listener.is_ours(result.owner):
            result.name = f"[{current}] {result.name}"


def _register(labels: _SessionLabels) -> None:
    try:
        from robot.output import LOGGER
        LOGGER.register_logger(labels)
    except (ImportError, AttributeError):
        pass


def _unregister(labels: _SessionLabels) -> None:
    try:
        from robot.output import LOGGER
        LOGGER.unregister_logger(labels)
    except (ImportError, AttributeError):
        pass
