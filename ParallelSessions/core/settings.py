"""Library settings: import arguments and PARALLEL_SESSION_* environment variables.

Each setting can be given as an import argument or an environment variable; the
import argument wins. Values are validated once, here, so that a typo fails at
import with a sentence naming the setting and the accepted form.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Mapping

from .durations import MAX_WAIT_SECONDS, MAX_WAIT_TEXT, parse_duration
from .endpoints import parse_endpoints
from .errors import ConfigurationError
from .option_values import (one_of, parse_bool, parse_headers, parse_locale, parse_timezone,
                            parse_user_agent)

ENV_PREFIX = "PARALLEL_SESSION_"


class ScreenshotMode(Enum):
    """Which sessions are screenshotted when a keyword fails."""

    ALL = "ALL"
    CURRENT = "CURRENT"
    OFF = "OFF"


class AutoClosing(Enum):
    """When sessions left open are closed: at the end of the test or suite, or never."""

    TEST = "TEST"
    SUITE = "SUITE"
    MANUAL = "MANUAL"


class TraceMode(Enum):
    """Playwright traces: none, every test's, or only failed tests'."""

    OFF = "OFF"
    ON = "ON"
    RETAIN_ON_FAILURE = "RETAIN_ON_FAILURE"


class VideoMode(Enum):
    """Videos of sessions: none, every test's, or only failed tests'."""

    OFF = "OFF"
    ON = "ON"
    RETAIN_ON_FAILURE = "RETAIN_ON_FAILURE"


def _int_parser(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise ValueError(f"a whole number from {low} to {high}")
        return number

    return parse


def parse_seconds(value: Any) -> float:
    """Accepts Robot Framework time strings ("3s", "1 min", "500 ms") and numbers."""
    try:
        seconds = parse_duration(value)
    except ValueError:
        seconds = -1
    if seconds <= 0:
        raise ValueError('a positive time such as "10s", "1 min" or "500 ms"')
    return float(seconds)


def parse_wait(value: Any) -> float:
    """A positive time of at most MAX_WAIT_SECONDS (24 hours: see core/durations.py)."""
    seconds = parse_seconds(value)
    if seconds > MAX_WAIT_SECONDS:
        raise ValueError(f'a positive time of at most {MAX_WAIT_TEXT}, such as "10s" or '
                         f'"1 min"')
    return seconds


def parse_retry(value: Any) -> float:
    """``retry_assertions_for``: 0 (no retry) or a time Playwright can wait."""
    try:
        if parse_duration(value) == 0:
            return 0.0
    except ValueError:
        pass
    try:
        return parse_wait(value)
    except ValueError:
        raise ValueError('0 or a positive time such as "1s" or "500 ms"') from None


def _optional(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``parse``, except that an empty text means "not set" (None)."""
    def parse_or_none(value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else parse(value)

    return parse_or_none


def parse_text(value: Any) -> str | None:
    text = str(value).strip()
    return text or None


def parse_folder(value: Any) -> str | None:
    """A folder path, made absolute (``~`` expanded) so every process means the same one."""
    text = parse_text(value)
    if text is None:
        return None
    path = os.path.abspath(os.path.expanduser(text))
    existing = path
    while not os.path.exists(existing):  # the folder is made when first written to
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing):
        where = "that path is a file" if existing == path else f"{existing} is a file"
        raise ValueError(f"a folder that exists or can be made, but {where}")
    if existing != path:
        try:  # a folder made and removed at once: the only sure test that one can be made
            os.rmdir(tempfile.mkdtemp(prefix=".parallel-sessions-check-", dir=existing))
        except OSError as error:
            raise ValueError(f"a folder that exists or can be made, but no folder can be made "
                             f"in {existing}: {error.strerror}") from None
    return path


def parse_plugins(value: Any) -> tuple[str, ...]:
    """Comma-separated text (or a list) of plugin names; see plugins.py."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(str(item).strip() for item in items if str(item).strip())


def parse_url(value: Any) -> str | None:
    text = parse_text(value)
    if text is not None and not text.startswith(("http://", "https://")):
        raise ValueError("an absolute http:// or https:// URL")
    return text


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: Any
    parse: Callable[[Any], Any]
    doc: str
    # False for values that may hold a credential: an error then does not repeat them.
    echo: bool = True


SETTINGS: tuple[Setting, ...] = (
    Setting("base_url", "BASE_URL", None, parse_url,
            "URL that relative paths of `Go To` and API requests are resolved against."),
    Setting("headless", "HEADLESS", True, parse_bool, "Run Chromium without a window."),
    Setting("max_sessions", "MAX", 10, _int_parser(1, 1000),
            "How many sessions may be open at once."),
    Setting("viewport_width", "VIEWPORT_WIDTH", 1280, _int_parser(200, 7680),
            "Page width in pixels."),
    Setting("viewport_height", "VIEWPORT_HEIGHT", 720, _int_parser(200, 4320),
            "Page height in pixels."),
    Setting("session_timeout", "TIMEOUT", 300.0, parse_seconds,
            "A session idle longer than this is closed with a warning."),
    Setting("timeout", "ACTION_TIMEOUT", 10.0, parse_wait,
            "Default wait of page keywords (each also takes ``timeout=``)."),
    Setting("retry_assertions_for", "RETRY_ASSERTIONS_FOR", None, _optional(parse_retry),
            "How long a getter retries a failing assertion once it has read a value (as in "
            "the Browser library); not set, it retries until the keyword's timeout."),
    Setting("debug", "DEBUG", False, parse_bool,
            "Log every browser action with its session id and duration."),
    Setting("browser_path", "BROWSER_PATH", None, parse_text,
            "Chromium executable to use instead of the discovered one."),
    Setting("browser_endpoint", "BROWSER_ENDPOINT", None, parse_endpoints,
            "Connect to this Playwright browser server instead of launching Chromium; "
            "several, comma-separated, spread the sessions over them."),
    Setting("locale", "LOCALE", "en-US", parse_locale, "Browser locale of every session."),
    Setting("reuse_logins", "REUSE_LOGINS", False, parse_bool,
            "Log in once per identity and reuse that login in later sessions."),
    Setting("login_state_dir", "LOGIN_STATE_DIR", None, parse_folder,
            "Folder where saved logins are shared by every process of a run (implies "
            "reuse_logins): each identity logs in once per run."),
    Setting("login_check_keyword", "LOGIN_CHECK_KEYWORD", None, parse_text,
            "Keyword run in a session opened from a saved login; when it fails, the login "
            "keyword runs again."),
    Setting("screenshot_on_failure", "SCREENSHOT_ON_FAILURE", "ALL",
            one_of("ALL", "CURRENT", "OFF"),
            "Which sessions are screenshotted when a keyword fails."),
    Setting("auto_closing", "AUTO_CLOSING", "TEST", one_of("TEST", "SUITE", "MANUAL"),
            "When sessions left open are closed (and reported as leaks)."),
    Setting("trace", "TRACE", "OFF", one_of("OFF", "ON", "RETAIN_ON_FAILURE"),
            "Playwright traces of sessions: none, all, or only of failed tests."),
    Setting("record_video", "RECORD_VIDEO", "OFF", one_of("OFF", "ON", "RETAIN_ON_FAILURE"),
            "Videos of sessions: none, all, or only of failed tests."),
    Setting("ignore_https_errors", "IGNORE_HTTPS_ERRORS", False, parse_bool,
            "Accept invalid and self-signed HTTPS certificates in every session."),
    Setting("user_agent", "USER_AGENT", None, _optional(parse_user_agent),
            "User-Agent header and navigator.userAgent of every session."),
    Setting("timezone_id", "TIMEZONE_ID", None, _optional(parse_timezone),
            "Time zone of every session's pages (IANA name such as Europe/Berlin)."),
    Setting("extra_http_headers", "EXTRA_HTTP_HEADERS", None, _optional(parse_headers),
            "Headers sent with every request of every session (JSON object or dictionary).",
            echo=False),
    Setting("prewarm", "PREWARM", 0, _int_parser(0, 20),
            "How many fresh contexts, each with a page, are kept ready for the next sessions."),
    Setting("plugins", "PLUGINS", (), parse_plugins,
            "Keyword classes of your own: modules, module.Class names or .py paths, "
            "comma-separated."),
)


@dataclass(frozen=True)
class Settings:
    base_url: str | None = None
    headless: bool = True
    max_sessions: int = 10
    viewport_width: int = 1280
    viewport_height: int = 720
    session_timeout: float = 300.0
    timeout: float = 10.0
    retry_assertions_for: float | None = None
    debug: bool = False
    browser_path: str | None = None
    browser_endpoint: tuple[str, ...] | None = None
    locale: str = "en-US"
    reuse_logins: bool = False
    login_state_dir: str | None = None
    login_check_keyword: str | None = None
    screenshot_on_failure: str = "ALL"
    auto_closing: str = "TEST"
    trace: str = "OFF"
    record_video: str = "OFF"
    ignore_https_errors: bool = False
    user_agent: str | None = None
    timezone_id: str | None = None
    extra_http_headers: Mapping[str, str] | None = None
    prewarm: int = 0
    plugins: tuple[str, ...] = ()

    @classmethod
    def load(cls, arguments: Mapping[str, Any] | None = None,
             environ: Mapping[str, str] | None = None,
             argument_names: Mapping[str, str] | None = None) -> "Settings":
        """Builds settings from arguments (``None`` = not given) and the environment.

        ``argument_names`` names the arguments in error messages (default
        "import argument <name>"; the pytest plugin names its --ps-* options).
        """
        argument_names = argument_names or {}
        arguments = arguments or {}
        environ = os.environ if environ is None else environ
        known = {s.name for s in SETTINGS}
        unknown = sorted(set(arguments) - known)
        if unknown:
            raise ConfigurationError(
                f"Unknown setting {', '.join(unknown)}; valid settings are {', '.join(sorted(known))}.")
        values = {}
        for setting in SETTINGS:
            env_name = ENV_PREFIX + setting.env
            if arguments.get(setting.name) is not None:
                raw = arguments[setting.name]
                source = argument_names.get(setting.name, f"import argument {setting.name}")
            elif environ.get(env_name, "").strip():
                raw, source = environ[env_name], f"environment variable {env_name}"
            else:
                values[setting.name] = setting.default
                continue
            try:
                values[setting.name] = setting.parse(raw)
            except ValueError as error:
                shown = f" '{raw}'" if setting.echo else ""
                raise ConfigurationError(
                    f"Invalid value{shown} for {source}: expected {error}.") from None
        if values["login_state_dir"] is not None:
            values["reuse_logins"] = True  # a shared login state is a reused login
        return cls(**values)

    @property
    def viewport(self) -> dict[str, int]:
        return {"width": self.viewport_width, "height": self.viewport_height}

    @property
    def option_defaults(self) -> dict[str, Any]:
        """The browser options every session starts from (see options.py)."""
        values = {"ignore_https_errors": self.ignore_https_errors or None,
                  "user_agent": self.user_agent, "timezone_id": self.timezone_id,
                  "extra_http_headers": self.extra_http_headers}
        return {name: value for name, value in values.items() if value is not None}

    def source_of(self, name: str) -> str:
        """Where a tester changes a setting, for error messages."""
        setting = next(s for s in SETTINGS if s.name == name)
        return f"import argument {name} or environment variable {ENV_PREFIX}{setting.env}"

