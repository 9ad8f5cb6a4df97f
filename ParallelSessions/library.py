"""The ParallelSessions keyword library: wiring only, no keyword logic."""

from __future__ import annotations

import inspect

from playwright.async_api import Error as PlaywrightError
from robot.api import logger
from robotlibcore import DynamicCore

from .browser.prewarm import prewarm_pool
from .browser.runtime import BrowserRuntime
from .core.errors import ConfigurationError, ParallelSessionsError
from .core.focus import SessionFocus
from .core.logins import SavedLogins
from .core.manager import ParallelSessionManager
from .core.options import SessionOptions
from .core.secrets import SecretValues
from .core.settings import Settings
from .evidence.activity import ActivityLog
from .evidence.tracing import TraceRecorder
from .evidence.video import VideoRecorder
from .keywords import (ApiKeywords, DiagnosticsKeywords, DialogKeywords, EvaluationKeywords,
                       FileKeywords, GetterKeywords, InteractionKeywords, KeyboardKeywords,
                       MouseKeywords, LoginKeywords, NavigationKeywords, NetworkKeywords, PageKeywords,
                       RunningKeywords, SessionKeywords, StorageKeywords, WaitingKeywords)
from .keywords import (ConditionKeywords, ElementKeywords, GeometryKeywords, HighlightKeywords,
                       MarkupKeywords, PromiseKeywords, ScrollingKeywords, SelectKeywords,
                       SettingKeywords, StorageStateKeywords, TableKeywords)
from .keywords.accessibility import AccessibilityKeywords
from .keywords.clock import ClockKeywords
from .keywords.console import ConsoleKeywords
from .keywords.contexts import ContextKeywords
from .keywords.emulation import EmulationKeywords
from .keywords.overlays import OverlayKeywords
from .keywords.pdf import PdfKeywords
from .rf.component import CLOSING, LibraryComponent
from .rf.gallery import SessionGallery
from .rf.intro import INTRO
from .rf.listener import LibraryListener
from .rf.opening import SessionOpener
from .rf.choices import choice_converters
from .rf.inputs import refuse_unclear_arguments
from .rf.plugins import load_plugins
from .rf.scoped import run_time_settings
from .version import __version__


class ParallelSessions(DynamicCore):
    __doc__ = INTRO

    ROBOT_LIBRARY_SCOPE = "GLOBAL"
    ROBOT_LIBRARY_VERSION = __version__
    ROBOT_LIBRARY_DOC_FORMAT = "ROBOT"
    # A value that is none of a choice argument's choices is refused listing them (rf/choices.py).
    ROBOT_LIBRARY_CONVERTERS = choice_converters([LibraryComponent])

    # The import arguments are plain text on purpose: Robot Framework would convert typed
    # arguments before the library sees them, and a typo would then abort the whole run.
    # Settings.load validates them and says what is accepted (see `Configuration`).
    def __init__(self, *positional: str, base_url: str | None = None, headless: str | None = None,
                 max_sessions: str | None = None, viewport_width: str | None = None,
                 viewport_height: str | None = None,
                 session_timeout: str | None = None, timeout: str | None = None,
                 retry_assertions_for: str | None = None,
                 debug: str | None = None, browser_path: str | None = None,
                 browser_endpoint: str | list | None = None,
                 locale: str | None = None, admin_login_keyword: str | None = None,
                 account_login_keyword: str | None = None, reuse_logins: str | None = None,
                 login_state_dir: str | None = None, login_check_keyword: str | None = None,
                 screenshot_on_failure: str | None = None,
                 auto_closing: str | None = None, trace: str | None = None,
                 record_video: str | None = None, ignore_https_errors: str | None = None,
                 user_agent: str | None = None, timezone_id: str | None = None,
                 extra_http_headers: str | dict | None = None,
                 prewarm: str | None = None, plugins: str | list | None = None,
                 **unknown: str):
        """All arguments are optional and keyword-only; see `Configuration` for their values.

        An invalid value does not stop the run: it is reported as an error, and
        every keyword of the library then fails with the same sentence, so the
        suite fails and the other suites run.

        | Library | ParallelSessions | base_url=http://127.0.0.1:8000 | max_sessions=20 |
        | Library | ParallelSessions | account_login_keyword=Log In As Account | timeout=5s |
        | Library | ParallelSessions | plugins=MyKeywords,${CURDIR}/TeamKeywords.py |
        | Library | ParallelSessions | browser_endpoint=ws://10.0.0.5:3000/a1, ws://10.0.0.6:3000/b2 |
        | Library | ParallelSessions | prewarm=2 | # two contexts kept ready, see `Sessions` |
        """
        self.configuration_error: ConfigurationError | None = None
        try:
            # A typo (max_session=5) or a value without a name is refused with the others'
            # sentence, not by Robot's import error that leaves every keyword "not found".
            if positional:
                raise ConfigurationError(
                    f"Import arguments need a name: got {', '.join(map(repr, positional))}; "
                    f"write name=value, e.g. max_sessions=5 (see Configuration).")
            self.settings = Settings.load({**unknown,
                "base_url": base_url, "headless": headless, "max_sessions": max_sessions,
                "viewport_width": viewport_width, "viewport_height": viewport_height,
                "session_timeout": session_timeout, "timeout": timeout, "debug": debug,
                "retry_assertions_for": retry_assertions_for,
                "browser_path": browser_path, "browser_endpoint": browser_endpoint,
                "locale": locale, "reuse_logins": reuse_logins,
                "login_state_dir": login_state_dir, "login_check_keyword": login_check_keyword,
                "screenshot_on_failure": screenshot_on_failure, "auto_closing": auto_closing,
                "trace": trace, "record_video": record_video,
                "ignore_https_errors": ignore_https_errors, "user_agent": user_agent,
                "timezone_id": timezone_id, "extra_http_headers": extra_http_headers,
                "prewarm": prewarm, "plugins": plugins,
            })
        except ConfigurationError as error:
            self._refuse(error)
            self.settings = Settings()
        settings = self.settings
        self.secrets = SecretValues()
        self.tracer = TraceRecorder(self.secrets)
        self.activity = ActivityLog(self.secrets)  # what the sessions did in the running test
        self.videos = VideoRecorder(settings.record_video, settings.viewport)
        # The import arguments' browser options are where every session starts from.
        defaults = SessionOptions.parse(settings.option_defaults, "the import arguments")
        for secret in defaults.secrets:
            self.secrets.add(secret)
        self.runtime = BrowserRuntime(settings, ParallelSessionManager(
            None, max_sessions=settings.max_sessions, viewport=settings.viewport,
            base_url=settings.base_url, locale=settings.locale, timeout=settings.timeout,
            limit_source=settings.source_of("max_sessions"), option_defaults=defaults,
            logins=SavedLogins(settings.reuse_logins, settings.login_state_dir),
            videos=self.videos, before_close=self._save_trace,
            prewarm=prewarm_pool(settings.prewarm)))
        # Set Strict Mode, Set Browser Timeout, Set Retry Assertions For (keywords/settings.py).
        self.scoped = run_time_settings(self)
        self.session_focus = SessionFocus(is_open=self.runtime.manager.has_session)
        self.login_keywords: dict[str, str] = {}
        self.opener = SessionOpener(self)
        logins = LoginKeywords(self)
        for role, login in (("admin", admin_login_keyword), ("account", account_login_keyword)):
            if login:
                logins.set_login_keyword(role, login)
        self.listener = LibraryListener(self)
        self.ROBOT_LIBRARY_LISTENER = self.listener
        self.gallery = SessionGallery(self)
        sessions = SessionKeywords(self)
        DynamicCore.__init__(self, [
            sessions, logins, RunningKeywords(self), NavigationKeywords(self),
            InteractionKeywords(self), KeyboardKeywords(self), MouseKeywords(self),
            GetterKeywords(self),
            WaitingKeywords(self), EvaluationKeywords(self), PageKeywords(self),
            DialogKeywords(self), FileKeywords(self), StorageKeywords(self),
            NetworkKeywords(self), ApiKeywords(self), DiagnosticsKeywords(self),
            EmulationKeywords(self), ClockKeywords(self), ConsoleKeywords(self),
            OverlayKeywords(self), PdfKeywords(self), AccessibilityKeywords(self),
            ContextKeywords(self, sessions), ConditionKeywords(self), PromiseKeywords(self),
            GeometryKeywords(self), ScrollingKeywords(self),
            SelectKeywords(self), SettingKeywords(self),
            ElementKeywords(self), MarkupKeywords(self), HighlightKeywords(self),
            TableKeywords(self), StorageStateKeywords(self),
        ])
        # Plugins come last: their keyword names are checked against the library's.
        if self.settings.plugins:
            try:
                plugins = load_plugins(self.settings.plugins, self)
                self.add_library_components(plugins)
                # The plugins' own choice types get the library's sentence too: Robot reads
                # the converters after this (for a keyword's arguments) from the class's
                # dictionary, shared by every instance (entries per type: adding is harmless).
                self.ROBOT_LIBRARY_CONVERTERS.update(
                    choice_converters([type(plugin) for plugin in plugins]))
            except ConfigurationError as error:
                self._refuse(error)

    @property
    def strict_mode(self) -> bool:
        """Strict mode in force (`Set Strict Mode`): one-element keywords refuse several matches."""
        return self.scoped["strict_mode"].value

    def _refuse(self, error: ConfigurationError) -> None:
        """A bad import: reported once, and every keyword then fails with the sentence."""
        self.configuration_error = self.configuration_error or error
        logger.error(f"ParallelSessions: {error} Every keyword of the library fails until "
                     f"this is fixed.")

    def get_keyword_arguments(self, name):
        """PythonLibCore drops Python's ``/``: put it back, so that Robot passes ``id=x``
        after a keyword name (`Run Keyword In Session`) to that keyword, not as our ``id``."""
        arguments = DynamicCore.get_keyword_arguments(self, name)
        parameters = inspect.signature(self.keywords[name]).parameters.values()
        positional_only = sum(p.kind is p.POSITIONAL_ONLY for p in parameters)
        if positional_only:
            arguments = [*arguments[:positional_only], "/", *arguments[positional_only:]]
        return arguments

    def run_keyword(self, name, args, kwargs=None):
        if self.configuration_error is not None:
            raise self.configuration_error
        refuse_unclear_arguments(self.keywords[name], args, kwargs or {})  # clear=maybe, sameSite=Bogus
        # A browser that died since the last keyword fails this one, naming what was lost.
        lost = self.runtime.take_lost_sessions()
        if lost:
            self.session_focus.clear()
            raise self.runtime.lost_error(lost)
        # Sessions idle past session_timeout are closed here, so the warning appears in the
        # log where the tester comes back to them; not before a keyword that closes sessions:
        # an explicit close of an idle session must close it, not fail.
        closing = CLOSING in getattr(self.keywords.get(name), "robot_tags", ())
        if self.runtime.browser_started and not closing:
            self.opener.close_idle_sessions()
        try:
            return DynamicCore.run_keyword(self, name, args, kwargs)
        except (PlaywrightError, ParallelSessionsError) as error:
            # "Target ... has been closed" may mean the browser or the driver died mid-keyword.
            if "closed" in str(error) and self.runtime.browser_died():
                self.session_focus.clear()
                raise self.runtime.lost_error(self.runtime.take_lost_sessions()) from None
            raise
        finally:
            self._tend_prewarm()
            for note in self.runtime.manager.routes.take_notes():  # e.g. a file a route lacked
                logger.warn(self.secrets.mask_all(note))

    def _tend_prewarm(self) -> None:
        """After each keyword: log refill failures (here, on Robot's thread), and let the
        pool drop ready contexts the defaults no longer match (`Set Base Url`) and refill."""
        pool = self.runtime.manager.prewarm
        if pool is not None:
            for problem in pool.take_problems():
                logger.warn(problem)
            pool.nudge()

    async def _save_trace(self, handle) -> None:
        """Before a traced session closes, its trace chunk is saved (a dead browser has none)."""
        try:
            await self.tracer.save(handle)
        except PlaywrightError:
            pass
