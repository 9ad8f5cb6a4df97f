"""The demo portal (atest/portal/) for the benchmarks: start and stop it, create accounts,
call its test endpoints (/_test/...)."""

from __future__ import annotations

import contextlib
import importlib.util
import json

from common import ROOT

PASSWORD = "bench-pass-1"  # every benchmark account's password


def load_control():
    spec = importlib.util.spec_from_file_location(
        "demo_portal_control", ROOT / "atest" / "portal" / "control.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


control = load_control()


@contextlib.contextmanager
def demo_portal():
    """Starts the portal on a free 127.0.0.1 port, yields its URL, stops it on exit."""
    portal = control.PortalProcess()
    url = portal.start()
    try:
        yield url
    finally:
        portal.stop()


def create_accounts(url, usernames, password=PASSWORD):
    for username in usernames:
        body = json.dumps({"username": username, "password": password,
                           "status": "Active"}).encode()
        request = control.urllib.request.Request(
            url + "/_test/accounts", data=body, method="POST",
            headers={"Content-Type": "application/json"})
        with control.NO_PROXY_OPENER.open(request, timeout=30) as resp:
            assert resp.status == 201, resp.status


def portal_call(url, method, path):
    """One call to the portal's test API (e.g. GET /_test/arrivals); its JSON answer."""
    request = control.urllib.request.Request(url + path, method=method)
    with control.NO_PROXY_OPENER.open(request, timeout=30) as resp:
        return json.loads(resp.read() or b"null")
