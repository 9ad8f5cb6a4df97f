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
import re
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any, Mapping

from .errors import ParallelSessionsError
from .option_values import (EXAMPLE_DEVICES, NOT_CONTEXT_OPTIONS, OPTION_NAMES, PARSERS,
                            _is_secret)


class SessionOptionsError(ParallelSessionsError):
    """A browser option of a session is unknown or has an invalid value."""


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
