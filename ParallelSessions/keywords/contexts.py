"""Browser library style: browsers and contexts, on this library's sessions.

A Browser-library suite opens a browser, a context and a page; here one shared Chromium
runs every session, and a session is a context. So that such suites run unchanged,
`New Browser` makes sure the shared Chromium is up, `New Context` opens an anonymous
session with Browser's context options, and the other keywords select, list and close
sessions by their ids. Sessions with a role and a login come from `Open Session`.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from assertionengine import AssertionOperator, list_verify_assertion
from robot.api import logger
from robot.api.deco import keyword

from ..core.errors import ParallelSessionsError
from ..core.session import ANONYMOUS, API
from ..rf.component import CLOSING, LibraryComponent

# The one browser every session runs in, as Browser's browser ids look.
BROWSER_ID = "browser=chromium"
# Browser's New Context options, by the name of the session option they are.
CONTEXT_OPTIONS = {
    "acceptDownloads": "accept_downloads", "baseURL": "base_url", "bypassCSP": "bypass_csp",
    "colorScheme": "color_scheme", "deviceScaleFactor": "device_scale_factor",
    "extraHTTPHeaders": "extra_http_headers", "forcedColors": "forced_colors",
    "geolocation": "geolocation", "hasTouch": "has_touch", "httpCredentials": "http_credentials",
    "ignoreHTTPSErrors": "ignore_https_errors", "isMobile": "is_mobile",
    "javaScriptEnabled": "java_script_enabled", "locale": "locale", "offline": "offline",
    "permissions": "permissions", "reducedMotion": "reduced_motion", "screen": "screen",
    "serviceWorkers": "service_workers", "storageState": "storage_state",
    "timezoneId": "timezone_id", "userAgent": "user_agent", "viewport": "viewport",
}
# Browser's defaults, which are Playwright's own: a session given them gets nothing to change.
BROWSER_DEFAULTS = {"acceptDownloads": True, "bypassCSP": False, "forcedColors": "none",
                    "ignoreHTTPSErrors": False, "javaScriptEnabled": True, "offline": False,
                    "reducedMotion": "no_preference", "serviceWorkers": "allow"}
# Browser's New Context options that have a setting of their own here.
ELSEWHERE = {
    "tracing": "the trace argument of Open Session or the library's trace setting",
    "recordVideo": "the record_video argument of Open Session or the library's setting",
    "recordHar": "nothing yet (Wait For Response and the traces record traffic)",
    "proxy": "nothing yet: sessions share the browser's network",
    "clientCertificates": "nothing yet",
    "defaultBrowserType": "nothing: every session is Chromium",
}


class SelectionType(Enum):
    """Which contexts or browsers a keyword means: ``CURRENT`` (or ``ACTIVE``), ``ALL``
    (or ``ANY``), or an id."""

    CURRENT = "CURRENT"
    ACTIVE = "CURRENT"
    ALL = "ALL"
    ANY = "ALL"


def _selection(value: Any) -> str:
    """``CURRENT``, ``ALL`` or an id, from what a Browser suite passes."""
    if isinstance(value, SelectionType):
        return value.value
    text = str(value).strip()
    upper = text.upper()
    if upper in ("CURRENT", "ACTIVE"):
        return "CURRENT"
    if upper in ("ALL", "ANY"):
        return "ALL"
    return text


class ContextKeywords(LibraryComponent):

    def __init__(self, library, sessions):
        super().__init__(library)
        self.sessions = sessions  # the SessionKeywords component: opening and closing

    def _browser_sessions(self) -> list[str]:
        return [s.session_id for s in self.manager.sessions() if s.role != API]

    def _check_browser(self, browser: Any) -> None:
        chosen = _selection(browser)
        if chosen not in ("CURRENT", "ALL", BROWSER_ID):
            raise ParallelSessionsError(
                f"Unknown browser '{browser}': every session runs in the one shared Chromium, "
                f"whose id is '{BROWSER_ID}' (or use CURRENT or ALL).")

    @keyword
    def new_browser(self, browser: str = "chromium", headless: bool = True,
                    **options: Any) -> str:
        """Makes sure the shared Chromium runs and returns its id, ``browser=chromium``.

        Every session of this library runs in one Chromium, started with the library's
        settings (``headless``, ``browser_path``, ``browser_endpoint``; see `Importing`),
        so this keyword exists for suites written for the Browser library. ``browser``
        must be ``chromium``; a ``headless`` other than the library's, and Browser's
        other launch options (``args``, ``slowMo``...), are not applied, with a warning
        naming them.

        | New Browser | chromium | headless=True |
        | New Context | viewport={'width': 800, 'height': 600} |
        """
        if str(browser).strip().lower() not in ("chromium", "chrome"):
            raise ParallelSessionsError(
                f"Invalid browser '{browser}': this library runs Chromium only; give chromium "
                f"or leave browser out.")
        ignored = [name for name, value in options.items() if value is not None]
        if bool(headless) != bool(self.settings.headless):
            ignored.insert(0, f"headless={headless}")
        if ignored:
            logger.warn(f"New Browser: {', '.join(ignored)} not applied: every session runs in "
                        f"the one Chromium the library starts with its own settings "
                        f"(headless={self.settings.headless}).")

        async def started(_manager):
            return BROWSER_ID
        return self.runtime.run_with_browser(started)

    @keyword
    def new_context(self, *, acceptDownloads: bool = True,  # noqa: N803 (Browser's names)
                    baseURL: str | None = None, bypassCSP: bool = False,  # noqa: N803
                    clientCertificates: list[dict] | None = None,  # noqa: N803
                    colorScheme: str | None = None, defaultBrowserType: str | None = None,  # noqa: N803
                    deviceScaleFactor: float | None = None,  # noqa: N803
                    extraHTTPHeaders: dict[str, str] | None = None,  # noqa: N803
                    forcedColors: str = "none", geolocation: dict | None = None,  # noqa: N803
                    hasTouch: bool | None = None, httpCredentials: dict | None = None,  # noqa: N803
                    ignoreHTTPSErrors: bool = False, isMobile: bool | None = None,  # noqa: N803
                    javaScriptEnabled: bool = True, locale: str | None = None,  # noqa: N803
                    offline: bool = False, permissions: list[str] | None = None,
                    proxy: dict | None = None, recordHar: dict | None = None,  # noqa: N803
                    recordVideo: dict | None = None,  # noqa: N803
                    reducedMotion: str = "no_preference",  # noqa: N803
                    screen: dict[str, int] | None = None,
                    serviceWorkers: str | None = "allow",  # noqa: N803
                    storageState: str | None = None, timezoneId: str | None = None,  # noqa: N803
                    tracing: bool | str | None = None, userAgent: str | None = None,  # noqa: N803
                    viewport: dict[str, int] | None = None) -> str:
        """Opens an anonymous session with Browser's context options; returns its id.

        The session becomes current, as a new context does in the Browser library, and
        `New Page` opens its page. The options are `Open Session`'s, under Browser's
        names: ``viewport`` (the library's ``viewport_width`` x ``viewport_height``,
        1280x720 unless set, when left out), ``userAgent``, ``locale``, ``timezoneId``,
        ``geolocation``, ``permissions``, ``colorScheme``, ``reducedMotion``,
        ``forcedColors``, ``extraHTTPHeaders``, ``httpCredentials``,
        ``ignoreHTTPSErrors``, ``offline``, ``storageState``, ``baseURL``,
        ``acceptDownloads``, ``bypassCSP``, ``deviceScaleFactor``, ``hasTouch``,
        ``isMobile``, ``javaScriptEnabled``, ``screen`` and ``serviceWorkers``. The others
        (``tracing``, ``recordVideo``, ``recordHar``, ``proxy``, ``clientCertificates``,
        ``defaultBrowserType``) are refused, naming what to use instead.

        | ${context}= | New Context | viewport={'width': 390, 'height': 664} | locale=fi-FI |
        | New Page | /account/login |
        """
        given = dict(locals())
        given.pop("self")
        converted = {}
        for name, value in given.items():
            if value is None or value == BROWSER_DEFAULTS.get(name, None):
                continue
            if name in ELSEWHERE:
                raise ParallelSessionsError(
                    f"New Context does not take {name} here; use {ELSEWHERE[name]}.")
            converted[CONTEXT_OPTIONS[name]] = (value.replace("_", "-") if name == "reducedMotion"
                                                else value)
        self.opener.options("New Context", converted)  # its errors name this keyword
        return self.sessions.open_session(ANONYMOUS, **converted)

    @keyword(tags=[CLOSING])
    def close_context(self, context: SelectionType | str = SelectionType.CURRENT,
                      browser: SelectionType | str = SelectionType.CURRENT, *,
                      save_trace: bool = True) -> None:
        """Closes the current session, the session ``context`` names, or ``ALL`` sessions.

        A context is a session here (see `New Context`). Its trace is kept or deleted by
        the library's ``trace`` setting, so ``save_trace=False`` only applies when a
        trace would be kept: it is then deleted.

        | Close Context | |
        | Close Context | ALL |
        """
        self._check_browser(browser)
        chosen = _selection(context)
        if chosen == "ALL":
            ids = self._browser_sessions()
        elif chosen == "CURRENT":
            current = self.session_focus.current
            ids = [current] if current else []
        else:
            ids = [chosen]
        if not save_trace:
            for handle in self.manager.sessions():
                if handle.session_id in ids:
                    handle.tracing = False
        for session_id in ids:
            self.sessions.close_session(session_id)

    @keyword
    def switch_context(self, id: str, browser: SelectionType | str = SelectionType.CURRENT
                       ) -> str | None:  # noqa: A002 (Browser's name)
        """Makes the session ``id`` current and returns the previous one, as `Switch To Session`.

        ``CURRENT`` keeps the current session.

        | ${previous}= | Switch Context | ${context} |
        """
        self._check_browser(browser)
        chosen = _selection(id)
        if chosen == "CURRENT":
            return self.session_focus.current
        return self.sessions.switch_to_session(chosen)

    @keyword
    def get_context_ids(self, context: SelectionType = SelectionType.ALL,
                        browser: SelectionType | str = SelectionType.ALL,
                        assertion_operator: AssertionOperator | None = None,
                        *assertion_expected: Any, message: str | None = None) -> list[str]:
        """Returns the ids of the open browser sessions (``ALL``) or of the current one.

        API sessions have no browser context and are left out. Assertions as in the
        Browser library.

        | ${ids}= | Get Context Ids | |
        | Get Context Ids | ALL | ALL | contains | ${context} |
        """
        self._check_browser(browser)
        ids = self._browser_sessions()
        if _selection(context) == "CURRENT":
            current = self.session_focus.current
            ids = [current] if current in ids else []
        return list_verify_assertion(ids, assertion_operator, list(assertion_expected),
                                     "Context ids", message)

    @keyword(tags=[CLOSING])
    def close_browser(self, browser: SelectionType | str = SelectionType.CURRENT) -> None:
        """Closes every session; the shared Chromium itself stops at the end of the run.

        | Close Browser | |
        """
        self._check_browser(browser)
        self.sessions.close_all_sessions()

    @keyword
    def switch_browser(self, id: str) -> str:  # noqa: A002 (Browser's name)
        """Returns ``browser=chromium``: there is one browser, so there is nothing to switch.

        | Switch Browser | ${browser} |
        """
        self._check_browser(id)
        return BROWSER_ID

    @keyword
    def get_browser_ids(self, browser: SelectionType = SelectionType.ALL,
                        assertion_operator: AssertionOperator | None = None,
                        *assertion_expected: Any, message: str | None = None) -> list[str]:
        """Returns ``['browser=chromium']``, the one browser every session runs in.

        | Get Browser Ids | == | browser=chromium |
        """
        return list_verify_assertion([BROWSER_ID], assertion_operator, list(assertion_expected),
                                     "Browser ids", message)
