"""Robot Framework library that starts, stops and inspects the demo portal.

The portal (``atest/portal/server.py``) is the system under test of the
acceptance tests.  At most one portal per racy setting runs in a process, so a
racy and a correct portal can run side by side.  The library is its own
listener: its ``close`` stops every portal at the end of the run, and an
``atexit`` hook is the fallback.
"""

import atexit
import importlib.util
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Optional

from robot.api import logger
from robot.api.types import Secret
from robot.api.deco import keyword

_CONTROL_PATH = Path(__file__).resolve().parent.parent / "portal" / "control.py"


def _load_control():
    name = "demo_portal_control"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _CONTROL_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


control = _load_control()

# One portal per racy flag per process, shared by all library instances.
_PORTALS = {}


def _stop_all():
    for racy in list(_PORTALS):
        _PORTALS.pop(racy).stop()


atexit.register(_stop_all)


class DemoPortal:
    """Keywords controlling the demo portal used as the system under test.

    Every keyword except `Start Demo Portal` and `Stop Demo Portal` talks to
    an already started portal, selected with the ``racy`` argument.
    """

    ROBOT_LIBRARY_SCOPE = "GLOBAL"
    ROBOT_AUTO_KEYWORDS = False
    ROBOT_LISTENER_API_VERSION = 3

    def __init__(self):
        self.ROBOT_LIBRARY_LISTENER = self

    # --- listener ---------------------------------------------------------
    def close(self):
        """Listener method: stops all portals when the library goes out of scope."""
        _stop_all()

    # --- lifecycle --------------------------------------------------------
    @keyword
    def start_demo_portal(self, racy: bool = False, race_window_ms: float = 50) -> str:
        """Starts the demo portal and returns its base URL (``http://127.0.0.1:<port>``).

        With ``racy=True`` realm creation is a check-then-insert with a pause of
        ``race_window_ms`` milliseconds and no UNIQUE constraint, so concurrent
        creations of one name produce duplicates.  If a portal with the same
        ``racy`` setting already runs in this process, its URL is returned and
        ``race_window_ms`` is ignored.  The server gets a fresh database in a new
        temporary directory and the test support endpoints are enabled.
        """
        portal = _PORTALS.get(racy)
        if portal is not None and portal.running:
            logger.info(f"Demo portal (racy={racy}) already running at {portal.url}")
            return portal.url
        portal = control.PortalProcess(racy=racy, race_window_ms=race_window_ms)
        url = portal.start()
        _PORTALS[racy] = portal
        logger.info(f"Started demo portal (racy={racy}) at {url}")
        return url

    @keyword
    def stop_demo_portal(self, racy: Optional[bool] = None):
        """Stops the portal with the given ``racy`` setting, or all portals when ``None``.

        The server is terminated, killed if it has not exited within 5 seconds,
        and its temporary directory is removed.  Stopping a portal that is not
        running does nothing.
        """
        if racy is None:
            _stop_all()
        elif racy in _PORTALS:
            _PORTALS.pop(racy).stop()

    @keyword
    def get_portal_url(self, racy: bool = False) -> str:
        """Returns the base URL of the running portal with the given ``racy`` setting."""
        return self._portal(racy).url

    @keyword
    def get_portal_https_url(self, racy: bool = False) -> str:
        """Returns the portal's HTTPS base URL (``https://127.0.0.1:<port>``).

        The portal serves the same pages there with a self-signed certificate made
        when it started, so a browser refuses it unless told to ignore HTTPS errors.
        """
        portal = self._portal(racy)
        if portal.https_url is None:
            raise RuntimeError(f"The demo portal has no HTTPS endpoint: {portal.https_problem}.")
        return portal.https_url

    # --- test support -----------------------------------------------------
    @keyword
    def create_portal_account(self, username: str, password: "Secret | str",
                              status: str = "Active", racy: bool = False):
        """Creates an account directly (no approval flow) with ``status`` ``Active`` or ``Pending``.

        ``password`` may be a Robot Framework ``Secret``. Fails if the username is
        taken or invalid.
        """
        if isinstance(password, Secret):
            password = password.value
        self._call(racy, "POST", "/_test/accounts",
                   {"username": username, "password": password, "status": status},
                   expect=201)

    @keyword
    def reset_demo_portal(self, racy: bool = False):
        """Deletes all accounts, realms, tokens, sessions and recorded arrivals.

        The seeded admins (``admin`` and ``auditor``) are kept.
        """
        self._call(racy, "POST", "/_test/reset")

    @keyword
    def get_portal_arrivals(self, path_contains: Optional[str] = None,
                            racy: bool = False) -> list:
        """Returns the recorded POST arrivals to ``/account/``, ``/admin/`` and ``/api/``.

        Each item is a dictionary with ``path``, ``method``, ``t_ms`` (arrival,
        ``time.perf_counter()`` in ms when the handler started), ``done_ms``
        (when it finished; ``None`` while running), ``session`` (a short id of
        the caller's credential or ``None``) and ``status``.  With
        ``path_contains`` only arrivals whose path contains it are returned.
        """
        arrivals = self._call(racy, "GET", "/_test/arrivals")["arrivals"]
        if path_contains:
            arrivals = [a for a in arrivals if path_contains in a["path"]]
        return arrivals

    @keyword
    def clear_portal_arrivals(self, racy: bool = False):
        """Forgets all recorded arrivals."""
        self._call(racy, "DELETE", "/_test/arrivals")

    @keyword
    def set_portal_race_window(self, milliseconds: float, racy: bool = True):
        """Sets how long racy realm creation pauses between its check and its insert.

        The shorter the window, the closer together concurrent creations must
        arrive to produce a duplicate.
        """
        self._call(racy, "PUT", "/_test/race-window", {"ms": float(milliseconds)})

    @keyword
    def count_realms_named(self, name: str, racy: bool = False) -> int:
        """Returns how many realms named ``name`` exist (more than 1 only in racy mode)."""
        query = urllib.parse.urlencode({"name": name})
        return int(self._call(racy, "GET", f"/_test/realms?{query}")["count"])

    # --- helpers ----------------------------------------------------------
    def _portal(self, racy):
        portal = _PORTALS.get(racy)
        if portal is None or not portal.running:
            raise RuntimeError(f"No demo portal with racy={racy} is running; "
                               "use 'Start Demo Portal' first.")
        return portal

    def _call(self, racy, method, path, body=None, expect=200):
        url = self._portal(racy).url + path
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(url, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with control.NO_PROXY_OPENER.open(request, timeout=30) as resp:
                status, payload = resp.status, resp.read()
        except urllib.error.HTTPError as err:
            status, payload = err.code, err.read()
        try:
            result = json.loads(payload or b"null")
        except ValueError:
            result = payload.decode("utf-8", "replace")
        if status != expect:
            detail = result.get("error") if isinstance(result, dict) else result
            raise AssertionError(f"{method} {path} returned {status}, "
                                 f"expected {expect}: {detail}")
        return result
