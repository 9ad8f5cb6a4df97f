"""TraceRecorder against a real Chromium and the demo portal: what a saved trace holds."""

import json
import os
import stat
import urllib.request
import zipfile
from pathlib import Path

import pytest
from portal_control import load_control as _control

from ParallelSessions.core.secrets import MASK, SecretValues
from ParallelSessions.core.session import SessionHandle
from ParallelSessions.evidence.tracing import TraceRecorder

PASSWORD = "pw-5f1d0c3a9e7b"
TYPED = "typed-8b2e4d6f0a1c"
VISIBLE = "visible-3c5e7a9b1d2f"




@pytest.fixture(scope="module")
def portal():
    portal = _control().PortalProcess()
    portal.start()
    request = urllib.request.Request(
        portal.url + "/_test/accounts", method="POST",
        data=json.dumps({"username": "tracy", "password": PASSWORD}).encode(),
        headers={"Content-Type": "application/json"})
    _control().NO_PROXY_OPENER.open(request, timeout=10).close()
    yield portal.url
    portal.stop()


def record(chromium, loop, portal, folder, secrets, type_secret_where_it_shows):
    """Logs in (password field), types a secret into a text field; returns (zip, cookie)."""
    recorder = TraceRecorder(secrets)
    recorder.output_dir = str(folder)
    recorder.test_name = "utest"

    async def scenario():
        context = await chromium.new_context()
        handle = SessionHandle("tracy", "account", context=context, page=await context.new_page())
        try:
            await recorder.start(handle, "ON")
            page = handle.page
            await page.goto(portal + "/account/login")
            await page.fill("#username", "tracy")
            await page.fill("#password", PASSWORD)
            await page.click("button[type=submit]")
            await page.wait_for_url("**/account/dashboard")
            await page.goto(portal + "/account/realms")
            await page.fill("#name", VISIBLE)
            if type_secret_where_it_shows:
                await page.fill("#name", TYPED)
                handle.masked_selectors.append("#name")
            cookie = next(c["value"] for c in await context.cookies()
                          if c["name"] == "account_session")
            await recorder.save(handle)
            return recorder.take_saved()[0][1], cookie
        finally:
            await context.close()

    return loop.run(scenario())


def entries(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


def holding(path, text):
    return sorted(name for name, content in entries(path).items() if text in content)


def test_without_registered_secrets_the_trace_holds_them(chromium, loop, portal, tmp_path):
    """The control: Playwright records the password and the typed value.

    The network log's password-named form field, Cookie header and cookies are
    masked even so; the posted body (a resource) still holds the password.
    """
    path, cookie = record(chromium, loop, portal, tmp_path, SecretValues(), True)
    holders = holding(path, PASSWORD)
    assert "trace.trace" in holders  # fill() parameters, DOM snapshots
    assert any(name.startswith("resources/") for name in holders)  # the form post's body
    assert "trace.network" not in holders
    assert "trace.trace" in holding(path, TYPED)
    assert holding(path, cookie) == []


def test_a_saved_trace_holds_no_secret_and_no_cookie(chromium, loop, portal, tmp_path):
    secrets = SecretValues()
    secrets.add(PASSWORD)
    secrets.add(TYPED)
    path, cookie = record(chromium, loop, portal, tmp_path, secrets, True)
    for text in (PASSWORD, TYPED, cookie):
        assert holding(path, text) == []
    assert "trace.trace" in holding(path, VISIBLE)  # what is no secret stays readable
    network = [json.loads(line) for line in entries(path)["trace.network"].splitlines()]
    requests = [event["snapshot"]["request"] for event in network]
    sent = [h["value"] for r in requests for h in r["headers"] if h["name"].lower() == "cookie"]
    cookies = [c["value"] for r in requests for c in r["cookies"]]
    assert sent and cookies and set(sent + cookies) == {MASK}
    for line in entries(path)["trace.trace"].splitlines():
        json.loads(line)  # still one JSON event a line: the viewer can read it
    assert not any(name.startswith("screencast/") for name in entries(path))
    assert "screencast-frame" not in entries(path)["trace.trace"]


def test_the_screencast_stays_when_no_secret_was_typed_where_it_shows(chromium, loop, portal,
                                                                       tmp_path):
    secrets = SecretValues()
    secrets.add(PASSWORD)
    path, _ = record(chromium, loop, portal, tmp_path, secrets, False)
    assert holding(path, PASSWORD) == []
    assert any(name.startswith("screencast/") for name in entries(path))
    assert "screencast-frame" in entries(path)["trace.trace"]


def test_trace_files_and_folders_are_owner_only(chromium, loop, portal, tmp_path):
    os.umask(0o022)
    path, _ = record(chromium, loop, portal, tmp_path, SecretValues(), False)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    for folder in (Path(path).parent, Path(path).parent.parent):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert os.listdir(Path(path).parent) == [Path(path).name]  # no partial file left
