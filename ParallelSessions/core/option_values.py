"""What each browser option of a session accepts: one parser per option.

Each parser returns the value Playwright's ``new_context`` takes, or raises
ValueError with what is valid; core/options.py turns that into a sentence naming
the keyword. No Robot Framework here: a Robot ``Secret`` is recognised by its
``value`` attribute only.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any, Mapping

VIEWPORT_LIMITS = {"width": (200, 7680), "height": (200, 4320)}
COLOR_SCHEMES = ("light", "dark", "no-preference")
VIDEO_MODES = ("ON", "RETAIN_ON_FAILURE", "OFF")
# Devices suggested when a device name is unknown (Playwright knows about 200).
EXAMPLE_DEVICES = ("iPhone 13", "iPhone 15 Pro", "Pixel 7", "Galaxy S9+", "iPad Mini",
                   "Desktop Chrome")
# Keys of a Playwright device descriptor that are not new_context arguments.
NOT_CONTEXT_OPTIONS = ("default_browser_type",)

OPTION_NAMES = ("accept_downloads", "base_url", "bypass_csp", "color_scheme", "device",
                "device_scale_factor", "extra_http_headers", "forced_colors", "geolocation",
                "has_touch", "http_credentials", "ignore_https_errors", "is_mobile",
                "java_script_enabled", "locale", "offline", "permissions", "record_video",
                "reduced_motion", "screen", "service_workers", "storage_state", "timezone_id",
                "user_agent", "viewport")
# Options the library's import arguments give defaults for.
DEFAULT_OPTION_NAMES = ("extra_http_headers", "ignore_https_errors", "timezone_id", "user_agent")

_VIEWPORT_TEXT = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_TIMEZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$")


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
        if re.search(r"[\r\n\0]", headers[name]):
            raise ValueError(f"{expected}; the value of {name} has a line break, which no "
                             f"header value may have")
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
    cookies, origins = state.get("cookies", []), state.get("origins", [])
    for number, cookie in enumerate(cookies, 1):
        problem = _cookie_problem(cookie)
        if problem:
            raise ValueError(f"a storage state whose cookies each have a name, a value, and a "
                             f"domain and path or a url; cookie {number} {problem}")
    for number, origin in enumerate(origins, 1):
        problem = _origin_problem(origin)
        if problem:
            raise ValueError(f"a storage state whose origins each have an origin address and "
                             f"localStorage items with a name and a value; origin {number} "
                             f"{problem}")
    return {"cookies": cookies, "origins": origins}


def _cookie_problem(cookie: Any) -> str | None:
    if not isinstance(cookie, Mapping):
        return "is not a dictionary"
    if not isinstance(cookie.get("name"), str) or not cookie["name"].strip():
        return "has no name"
    if not isinstance(cookie.get("value"), str):
        return f"('{cookie['name']}') has no value"
    if not cookie.get("url") and not (cookie.get("domain") and cookie.get("path")):
        return f"('{cookie['name']}') has neither a domain and path nor a url"
    return None


def _origin_problem(origin: Any) -> str | None:
    if not isinstance(origin, Mapping) or not isinstance(origin.get("origin"), str) \
            or not origin["origin"].strip():
        return "has no origin address"
    items = origin.get("localStorage", [])
    if not isinstance(items, list):
        return f"({origin['origin']}) has no list of localStorage items"
    for item in items:
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str) \
                or not item["name"] or not isinstance(item.get("value"), str):
            return f"({origin['origin']}) has a localStorage item without a name or value"
    return None


def one_of(*choices: str):
    """A parser taking one of ``choices`` in any case, or an Enum member whose value or name
    is one; it returns the choice as written in ``choices``."""
    written = {choice.casefold(): choice for choice in choices}

    def parse(value: Any) -> str:
        for text in (getattr(value, "value", value), getattr(value, "name", value)):
            choice = written.get(str(text).strip().casefold())
            if choice is not None:
                return choice
        raise ValueError(" or ".join(choices))
    return parse


def parse_scale_factor(value: Any) -> float:
    try:
        factor = float(str(value))
    except ValueError:
        factor = 0
    if not 0.1 <= factor <= 10:
        raise ValueError("a number from 0.1 to 10, such as 2 for a high-density screen")
    return factor


def parse_base_url(value: Any) -> str:
    text = str(value).strip()
    if not re.match(r"^https?://[^/\s]+", text):
        raise ValueError("an http:// or https:// address such as http://127.0.0.1:8080")
    return text


PARSERS = {
    "accept_downloads": parse_bool, "base_url": parse_base_url, "bypass_csp": parse_bool,
    "device_scale_factor": parse_scale_factor,
    "forced_colors": one_of("active", "none"), "has_touch": parse_bool,
    "is_mobile": parse_bool, "java_script_enabled": parse_bool,
    "reduced_motion": one_of("reduce", "no-preference"), "screen": parse_viewport,
    "service_workers": one_of("allow", "block"),
    "color_scheme": parse_color_scheme, "device": parse_device,
    "extra_http_headers": parse_headers, "geolocation": parse_geolocation,
    "http_credentials": parse_credentials, "ignore_https_errors": parse_bool,
    "locale": parse_locale, "offline": parse_bool, "permissions": parse_permissions,
    "record_video": parse_video_mode, "storage_state": read_storage_state,
    "timezone_id": parse_timezone, "user_agent": parse_user_agent, "viewport": parse_viewport,
}
