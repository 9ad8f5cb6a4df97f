"""Browser options of a session: one validation for every keyword that opens one.

A tester gives options by name (``device=iPhone 13``, ``viewport=800x600``,
``http_credentials=${credentials}``); :meth:`SessionOptions.parse` checks them
once, with a sentence naming the keyword (or setting) and what is valid, and
turns them into Playwright ``new_context`` arguments. The manager layers them:
the manager's own defaults (viewport, locale, base URL), then the library's
option defaults (import arguments), then a ``device``'s descriptor, then the
options given for the session.

No Robot Framework here: a Robot ``Secret`` is recognised by its ``value``
attribute only, so the pytest API takes the same options.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any, Mapping

from .errors import ParallelSessionsError

VIEWPORT_LIMITS = {"width": (200, 7680), "height": (200, 4320)}
COLOR_SCHEMES = ("light", "dark", "no-preference")
VIDEO_MODES = ("ON", "RETAIN_ON_FAILURE", "OFF")
# Devices suggested when a device name is unknown (Playwright knows about 200).
EXAMPLE_DEVICES = ("iPhone 13", "iPhone 15 Pro", "Pixel 7", "Galaxy S9+", "iPad Mini",
                   "Desktop Chrome")
# Keys of a Playwright device descriptor that are not new_context arguments.
NOT_CONTEXT_OPTIONS = ("default_browser_type",)

OPTION_NAMES = ("color_scheme", "device", "extra_http_headers", "geolocation",
                "http_credentials", "ignore_https_errors", "locale", "offline", "permissions",
                "record_video", "storage_state", "timezone_id", "user_agent", "viewport")
# Options the library's import arguments give defaults for.
DEFAULT_OPTION_NAMES = ("extra_http_headers", "ignore_https_errors", "timezone_id", "user_agent")

_VIEWPORT_TEXT = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_TIMEZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$")


class SessionOptionsError(ParallelSessionsError):
    """A browser option of a session is unknown or has an invalid value."""


def _text(value: Any) -> str:
    """The text of a value or of a Robot Framework Secret."""
    return str(getattr(value, "value", value))


def _is_secret(value: Any) -> bool:
    return type(value).__name__ == "Secret" and hasattr(value, "value")


# -- parsers: each returns the Playwright value or raises ValueError("what is valid") ------

def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "on", "1"):
        return True
    if text in ("false", "no", "off", "0", "none", ""):
        return False
    raise ValueError("true or false")


def parse_viewport(value: Any) -> dict[str, int]:
    expected = ("WIDTHxHEIGHT such as 1280x720, or a dictionary with width and height, "
                "from 200x200 to 7680x4320")
    if isinstance(value, Mapping):
        if set(value) != {"width", "height"}:
            raise ValueError(expected)
        raw = (value["width"], value["height"])
    else:
        match = _VIEWPORT_TEXT.match(str(value))
        if not match:
            raise ValueError(expected)
        raw = match.groups()
    try:
        size = {"width": int(str(raw[0]).strip()), "height": int(str(raw[1]).strip())}
    except ValueError:
        raise ValueError(expected) from None
    for name, (low, high) in VIEWPORT_LIMITS.items():
        if not low <= size[name] <= high:
            raise ValueError(expected)
    return size


def parse_headers(value: Any) -> dict[str, str]:
    """A dictionary of header names and values, or the same as JSON text."""
    expected = 'a dictionary of header names and values, or JSON text such as {"X-Env": "staging"}'
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValueError(expected) from None
    if not isinstance(value, Mapping) or not value:
        raise ValueError(expected)
    headers = {}
    for name, header in value.items():
        name = str(name).strip()
        if not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name) or header is None:
            raise ValueError(expected)
        headers[name] = _text(header)
    return headers


def parse_timezone(value: Any) -> str:
    """An IANA time zone name; checked against the system's zone database when it has one."""
    text = str(value).strip()
    expected = "an IANA time zone such as Europe/Berlin, America/New_York or UTC"
    if not _TIMEZONE.match(text):
        raise ValueError(expected)
    try:
        import zoneinfo
        known = zoneinfo.available_timezones()
    except ImportError:  # pragma: no cover - Python without zoneinfo
        known = set()
    if known and text not in known and text != "UTC":
        raise ValueError(expected)
    return text


def parse_locale(value: Any) -> str:
    text = str(value).strip()
    if not _LOCALE.match(text):
        raise ValueError("a language tag such as en-US, de-DE or fi")
    return text


def parse_user_agent(value: Any) -> str:
    text = str(value).strip()
    if not text or "\n" in text or "\r" in text:
        raise ValueError("a non-empty one-line text")
    return text


def parse_geolocation(value: Any) -> dict[str, float]:
    expected = ("LATITUDE,LONGITUDE such as 52.52,13.405, or a dictionary with latitude, "
                "longitude and optionally accuracy (latitude -90 to 90, longitude -180 to 180)")
    if isinstance(value, Mapping):
        if not {"latitude", "longitude"} <= set(value) <= {"latitude", "longitude", "accuracy"}:
            raise ValueError(expected)
        raw = dict(value)
    else:
        parts = [p.strip() for p in str(value).split(",")]
        if len(parts) not in (2, 3):
            raise ValueError(expected)
        raw = dict(zip(("latitude", "longitude", "accuracy"), parts))
    try:
        place = {key: float(str(number)) for key, number in raw.items()}
    except ValueError:
        raise ValueError(expected) from None
    if not (-90 <= place["latitude"] <= 90 and -180 <= place["longitude"] <= 180
            and place.get("accuracy", 0) >= 0):
        raise ValueError(expected)
    return place


def parse_permissions(value: Any) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    names = [str(item).strip() for item in items if str(item).strip()]
    if not names:
        raise ValueError("permission names such as geolocation, notifications or clipboard-read, "
                         "as a list or separated by commas")
    return names


def parse_color_scheme(value: Any) -> str:
    text = str(getattr(value, "value", value)).strip().lower()
    if text not in COLOR_SCHEMES:
        raise ValueError(" or ".join(COLOR_SCHEMES))
    return text


def parse_video_mode(value: Any) -> str:
    text = str(getattr(value, "name", value)).strip().upper()
    if text not in VIDEO_MODES:
        raise ValueError(" or ".join(VIDEO_MODES))
    return text


def parse_device(value: Any) -> str:
    text = str(value).strip()
    if not text:
        raise ValueError(f"a Playwright device name such as {', '.join(EXAMPLE_DEVICES[:3])}")
    return text


def parse_credentials(value: Any) -> dict[str, str]:
    expected = ("a dictionary with username and password (a Secret), and optionally origin, "
                "such as &{credentials} from VAR &{credentials}  username=staging  "
                "password=${PASSWORD}")
    if not isinstance(value, Mapping) or not {"username", "password"} <= set(value) \
            or not set(value) <= {"username", "password", "origin"}:
        raise ValueError(expected)
    credentials = {key: _text(item) for key, item in value.items() if item is not None}
    if not credentials.get("username", "").strip() or not credentials.get("password"):
        raise ValueError(expected)
    return credentials


def read_storage_state(value: Any) -> dict:
    """The cookies and storage saved by Save Storage State, read from a file (or a dictionary)."""
    if isinstance(value, Mapping):
        state = dict(value)
    else:
        path = os.path.expanduser(str(value).strip())
        if not os.path.exists(path):
            raise ValueError("a file written by Save Storage State, and there is no such file")
        try:
            with open(path, encoding="utf-8") as file:
                text = file.read()
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "not UTF-8 text"
            raise ValueError(f"a readable file written by Save Storage State, and it cannot "
                             f"be read: {reason}") from None
        try:
            state = json.loads(text)
        except ValueError:
            state = None
        if not isinstance(state, dict):
            raise ValueError("a file written by Save Storage State (JSON with cookies and "
                             "origins), and it is not")
    if not isinstance(state.get("cookies", []), list) or \
            not isinstance(state.get("origins", []), list):
        raise ValueError("a storage state with a list of cookies and a list of origins")
    return {"cookies": state.get("cookies", []), "origins": state.get("origins", [])}


PARSERS = {
    "color_scheme": parse_color_scheme, "device": parse_device,
    "extra_http_headers": parse_headers, "geolocation": parse_geolocation,
    "http_credentials": parse_credentials, "ignore_https_errors": parse_bool,
    "locale": parse_locale, "offline": parse_bool, "permissions": parse_permissions,
    "record_video": parse_video_mode, "storage_state": read_storage_state,
    "timezone_id": parse_timezone, "user_agent": parse_user_agent, "viewport": parse_viewport,
}


def _describe(name: str, value: Any) -> str:
    """The value as the error message may show it: never a credential."""
    if name in ("http_credentials", "extra_http_headers") or _is_secret(value):
        return ""
    text = str(value)
    if name != "storage_state" and len(text) > 60:
        text = text[:60] + "..."
    return f" '{text}'"


@dataclass(frozen=True)
class SessionOptions:
    """Validated browser options of one session (see the module documentation).

    ``source`` names the keyword or setting for error messages. ``secrets`` are
    the texts to mask: the http_credentials password, its Basic header form and
    the values of credential headers (Authorization, Cookie, X-Api-Key, ...).
    """

    values: Mapping[str, Any] = field(default_factory=dict, repr=False)
    source: str = "create_session"
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @classmethod
    def parse(cls, options: "Mapping[str, Any] | SessionOptions | None",
              source: str = "create_session") -> "SessionOptions":
        """Validates ``options`` (names as in OPTION_NAMES); ``None`` values are left out."""
        if isinstance(options, SessionOptions):
            return options
        options = {str(name): value for name, value in (options or {}).items()
                   if value is not None}
        unknown = sorted(set(options) - set(OPTION_NAMES))
        if unknown:
            names = ", ".join(f"'{name}'" for name in unknown)
            raise SessionOptionsError(
                f"{source} got the unknown option{'s' if len(unknown) > 1 else ''} {names}; "
                f"valid options are {', '.join(OPTION_NAMES)}.")
        values: dict[str, Any] = {}
        for name in OPTION_NAMES:
            if name not in options:
                continue
            try:
                values[name] = PARSERS[name](options[name])
            except ValueError as error:
                raise SessionOptionsError(
                    f"{source} got an invalid {name}{_describe(name, options[name])}: expected "
                    f"{error}.") from None
        return cls(values, source, tuple(_secrets_of(values)))

    def __bool__(self) -> bool:
        return bool(self.values)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    @property
    def record_video(self) -> str | None:
        return self.values.get("record_video")

    @property
    def device(self) -> str | None:
        return self.values.get("device")

    def describe(self) -> str:
        """The option names and safe values, for a log line (no credential, no state)."""
        shown = []
        for name, value in self.values.items():
            if name in ("http_credentials", "storage_state", "extra_http_headers"):
                shown.append(name)
            elif name == "viewport":
                shown.append(f"viewport={value['width']}x{value['height']}")
            elif isinstance(value, list):
                shown.append(f"{name}={','.join(value)}")
            elif isinstance(value, dict):
                shown.append(f"{name}={','.join(str(v) for v in value.values())}")
            else:
                shown.append(f"{name}={value}")
        return ", ".join(shown)


def _secrets_of(values: Mapping[str, Any]) -> list[str]:
    from .secrets import is_credential_name
    found = []
    credentials = values.get("http_credentials")
    if credentials:
        found.append(credentials["password"])
        pair = f"{credentials['username']}:{credentials['password']}".encode("utf-8")
        found.append(base64.b64encode(pair).decode("ascii"))
    for name, header in (values.get("extra_http_headers") or {}).items():
        if is_credential_name(name):
            found.append(header)
    return found


def context_arguments(defaults: Mapping[str, Any], option_defaults: SessionOptions,
                      options: SessionOptions, devices: Mapping[str, Mapping[str, Any]]
                      ) -> dict[str, Any]:
    """Playwright ``new_context`` arguments: defaults < option defaults < device < options.

    ``extra_http_headers`` are merged (a session's header replaces a default of the
    same name); ``record_video`` and ``device`` are not context arguments.
    """
    arguments = dict(defaults)
    for layer in (option_defaults, options):
        if layer is options and options.device:
            arguments.update(device_arguments(options.device, devices, options.source))
        for name, value in layer.values.items():
            if name in ("device", "record_video"):
                continue
            if name == "extra_http_headers":
                value = {**arguments.get(name, {}), **value}
            arguments[name] = value
    return arguments


def device_arguments(name: str, devices: Mapping[str, Mapping[str, Any]], source: str
                     ) -> dict[str, Any]:
    """The context arguments of Playwright's device ``name`` (case and spaces forgiven)."""
    by_key = {_device_key(device): device for device in devices}
    found = by_key.get(_device_key(name))
    if found is None:
        close = get_close_matches(name, list(devices), n=3, cutoff=0.6)
        examples = [d for d in EXAMPLE_DEVICES if d in devices] or sorted(devices)[:6]
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise SessionOptionsError(
            f"{source} got the unknown device '{name}': {hint}valid devices are Playwright's "
            f"device names, for example {', '.join(examples)}.")
    return {key: value for key, value in devices[found].items()
            if key not in NOT_CONTEXT_OPTIONS}


def _device_key(name: str) -> str:
    return " ".join(str(name).lower().split())


def refused_option(message: str) -> str | None:
    """The browser's reason when new_context refused an option's value, else None."""
    for line in message.splitlines():
        reason = re.sub(r"^\w+\.new_context:\s*", "", line.strip())
        if reason.lower().startswith(("unknown permission", "invalid timezone", "invalid locale")):
            return reason
    return None
