"""Emulation: what the current session's browser lets pages know and do, changed mid-test.

Permissions, the position, being offline and CSS media features are set per session
(its BrowserContext, or its current page for media), so an admin can be offline while
a user is not. They are also session options of `Open Session`, set when it opens.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import Any

from robot.api.deco import keyword

from ..concurrency.step import Step
from ..core.contexts import devices
from ..core.errors import ParallelSessionsError
from ..rf.component import LibraryComponent, concurrent_keyword

_PERMISSIONS = ("accelerometer", "accessibility-events", "ambient-light-sensor", "background-sync",
                "camera", "clipboard-read", "clipboard-write", "geolocation", "gyroscope",
                "local-network-access", "magnetometer", "midi", "midi-sysex", "notifications",
                "payment-handler", "storage-access")
# Written with a hyphen, as Playwright names them, or an underscore, as Browser allows too.
Permission = Enum("Permission", {**{name: name for name in _PERMISSIONS},
                                 **{name.replace("-", "_"): name for name in _PERMISSIONS
                                    if "-" in name}})
Permission.__doc__ = """A permission a page can be granted (`Grant Permissions`).

Written with a hyphen or an underscore: ``clipboard-read`` or ``clipboard_read``."""

ColorScheme = Enum("ColorScheme", {"dark": "dark", "light": "light",
                                   "no-preference": "no-preference", "null": "null"})
ColorScheme.__doc__ = """The ``prefers-color-scheme`` a page sees; ``null`` stops emulating it."""


class ForcedColors(Enum):
    """The ``forced-colors`` a page sees; ``null`` stops emulating it, ``not_set`` leaves it."""

    active = "active"
    none = "none"
    null = "null"
    not_set = "not_set"


class Media(Enum):
    """The CSS media type of the page: ``screen`` or ``print``; ``null`` stops emulating it."""

    screen = "screen"
    print = "print"
    null = "null"


class ReducedMotion(Enum):
    """The ``prefers-reduced-motion`` a page sees; ``null`` stops emulating it."""

    reduce = "reduce"
    no_preference = "no-preference"
    null = "null"


_SNAKE = {"colorScheme": "color_scheme", "forcedColors": "forced_colors", "media": "media",
          "reducedMotion": "reduced_motion"}


def _camel_case(descriptor) -> dict:
    """A device descriptor with the Browser library's (and Playwright's JavaScript) key names."""
    def camel(name: str) -> str:
        head, *rest = name.split("_")
        return head + "".join(part.capitalize() for part in rest)
    return {camel(key): value for key, value in descriptor.items()}


class EmulationKeywords(LibraryComponent):

    @concurrent_keyword(returns=None)
    def grant_permissions(self, *permissions: Permission, origin: str | None = None) -> Step:
        """Grants the current session's pages ``permissions``, for all origins or ``origin``.

        Other sessions keep theirs. Permissions granted earlier stay; `Clear Permissions`
        takes them all back. Same as the Browser library's keyword; the session option
        ``permissions`` of `Open Session` grants them from the start.

        | Grant Permissions | geolocation | notifications |
        | Grant Permissions | clipboard-read | origin=http://127.0.0.1:8080 |
        """
        if not permissions:
            raise ParallelSessionsError(
                "Grant Permissions needs at least one permission, such as geolocation, "
                "notifications or clipboard-read.")
        names = [permission.value for permission in permissions]

        async def grant(s):
            await s.context.grant_permissions(names, origin=origin)

        shown = f" for {origin}" if origin else ""
        return self.step(f"Grant Permissions: {', '.join(names)}{shown}", grant)

    @concurrent_keyword(returns=None)
    def clear_permissions(self) -> Step:
        """Takes back every permission granted to the current session's pages.

        | Clear Permissions |
        """
        async def clear(s):
            await s.context.clear_permissions()

        return self.step("Clear Permissions", clear)

    @concurrent_keyword(returns=None)
    def set_geolocation(self, latitude: float, longitude: float,
                        accuracy: float | None = None) -> Step:
        """Moves the current session's browser to ``latitude``, ``longitude``.

        ``latitude`` is -90 to 90, ``longitude`` -180 to 180 and ``accuracy`` (metres)
        0 or more, 0 by default. Pages read it only with the ``geolocation`` permission
        (`Grant Permissions`). Same as the Browser library's keyword.

        | Grant Permissions | geolocation |
        | Set Geolocation | 60.173708 | 24.982263 | 3 | # Korkeasaari, Helsinki |
        """
        place = {"latitude": latitude, "longitude": longitude, "accuracy": accuracy or 0}
        if not (math.isfinite(latitude) and -90 <= latitude <= 90
                and math.isfinite(longitude) and -180 <= longitude <= 180
                and math.isfinite(place["accuracy"]) and place["accuracy"] >= 0):
            raise ParallelSessionsError(
                f"Invalid geolocation {latitude:g}, {longitude:g}"
                f"{f', accuracy {accuracy:g}' if accuracy is not None else ''}: latitude is -90 "
                f"to 90, longitude -180 to 180 and accuracy 0 or more.")

        async def move(s):
            await s.context.set_geolocation(place)

        return self.step(f"Set Geolocation: {latitude:g}, {longitude:g}", move)

    @concurrent_keyword(returns=None)
    def set_offline(self, offline: bool = True) -> Step:
        """Takes the current session's browser off the network (``offline=False``: back on).

        Its pages' requests fail and ``navigator.onLine`` is false; other sessions stay
        online. Same as the Browser library's keyword.

        | Set Offline | |
        | Click | button#save | # the page shows it cannot reach the server |
        | Set Offline | False |
        """
        async def switch(s):
            await s.context.set_offline(offline)

        return self.step(f"Set Offline: {offline}", switch)

    @concurrent_keyword(returns=dict)
    def emulate_media(self, colorScheme: ColorScheme | None = None,  # noqa: N803 (Browser's)
                      forcedColors: ForcedColors = ForcedColors.not_set,  # noqa: N803
                      media: Media | None = None,
                      reducedMotion: ReducedMotion | None = None) -> Step:  # noqa: N803
        """Changes the CSS media type and media features the current page sees.

        ``media`` is ``screen`` or ``print``; ``colorScheme`` ``light`` or ``dark``;
        ``reducedMotion`` ``reduce`` or ``no-preference``; ``forcedColors`` ``active`` or
        ``none``. ``null`` stops emulating that feature; an argument left out is left
        as it is. Returns what was set. Same as the Browser library's keyword.

        | Emulate Media | media=print |
        | Emulate Media | colorScheme=dark | reducedMotion=reduce |
        """
        # Browser's names, Playwright's values (its Python API, like Browser, takes the text
        # ``null`` to stop emulating).
        chosen: dict[str, Any] = {}
        for name, value in (("colorScheme", colorScheme), ("media", media),
                            ("reducedMotion", reducedMotion)):
            if value is not None:
                chosen[name] = value.value
        if forcedColors is not ForcedColors.not_set:
            chosen["forcedColors"] = forcedColors.value
        if not chosen:
            raise ParallelSessionsError(
                "Emulate Media needs at least one of colorScheme, forcedColors, media and "
                "reducedMotion.")

        async def emulate(s):
            await s.page.emulate_media(**{_SNAKE[name]: value for name, value in chosen.items()})
            return dict(chosen)

        shown = ", ".join(f"{name}={value}" for name, value in chosen.items())
        return self.step(f"Emulate Media: {shown}", emulate)

    @keyword
    def get_devices(self) -> dict:
        """Returns every device Playwright can emulate: name -> descriptor.

        A descriptor has ``userAgent``, ``viewport``, ``deviceScaleFactor``, ``isMobile``,
        ``hasTouch`` and ``defaultBrowserType``. Same as the Browser library's keyword;
        here a session emulates one with the ``device`` option of `Open Session`.

        | ${devices}= | Get Devices |
        | Dictionary Should Contain Key | ${devices} | iPhone 13 |
        """
        return {name: _camel_case(descriptor) for name, descriptor in self._devices().items()}

    @keyword
    def get_device(self, name: str) -> dict:
        """Returns the descriptor of the device ``name`` (exact, case-sensitive).

        Same as the Browser library's keyword. To open a session as that device, give its
        name: `Open Session` ``device=iPhone 13``.

        | ${phone}= | Get Device | iPhone 13 |
        | Should Be True | ${phone}[isMobile] |
        """
        devices = self._devices()
        if name not in devices:
            close = [known for known in devices if name.lower() in known.lower()][:5]
            raise ParallelSessionsError(
                f"No device named '{name}' (names are case-sensitive). "
                f"{'Close: ' + ', '.join(close) + '. ' if close else ''}"
                f"Get Devices lists all {len(devices)}, such as iPhone 13, Pixel 7 and "
                f"Desktop Chrome.")
        return _camel_case(devices[name])

    def _devices(self) -> dict:
        async def read(manager):
            return devices(manager)
        return self.runtime.run_with_browser(read)
