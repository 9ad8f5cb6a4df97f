"""The application's URL given the way pytest-playwright users give it: --base-url, base_url.

pytest-base-url (and pytest-playwright-asyncio, when pytest-base-url is not in use)
provide the --base-url option, the base_url ini value and the base_url fixture; the
plugin's own --ps-base-url works beside them. Each test builds a temporary project
without this repository's settings and runs it in its own pytest process; two small
local web servers tell by their heading which URL the sessions were given.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest_plugins = ["pytester"]

RELATIVE_URL = """
import os


async def test_relative_url(session_manager):
    session = await session_manager.create_session("anonymous")
    await session.page.goto("/hello")
    assert await session.page.inner_text("h1") == os.environ["EXPECTED_APP"]
"""

NO_PLAYWRIGHT = ["-p", "no:playwright-asyncio"]
NO_BASE_URL = ["-p", "no:base_url"]


@pytest.fixture(scope="module")
def apps():
    """Two web servers, 'first' and 'second', each answering every GET with its name."""
    servers = {}
    for name in ("first", "second"):
        class Answer(BaseHTTPRequestHandler):
            body = f"<h1>{name}</h1>".encode()

            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(self.body)))
                self.end_headers()
                self.wfile.write(self.body)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers[name] = server
    yield {name: f"http://127.0.0.1:{server.server_port}" for name, server in servers.items()}
    for server in servers.values():
        server.shutdown()
        server.server_close()


def run(pytester, monkeypatch, expected, *args):
    monkeypatch.setenv("EXPECTED_APP", expected)
    monkeypatch.delenv("PARALLEL_SESSION_BASE_URL", raising=False)
    monkeypatch.delenv("PYTEST_BASE_URL", raising=False)
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)


@pytest.mark.parametrize("plugins", [NO_PLAYWRIGHT, NO_BASE_URL, []],
                         ids=["pytest-base-url", "pytest-playwright-asyncio", "both"])
def test_base_url_option(pytester, monkeypatch, apps, plugins):
    pytester.makepyfile(test_app=RELATIVE_URL)
    run(pytester, monkeypatch, "first", *plugins, f"--base-url={apps['first']}") \
        .assert_outcomes(passed=1)


def test_base_url_in_the_ini_file_and_the_command_line_wins(pytester, monkeypatch, apps):
    pytester.makepyfile(test_app=RELATIVE_URL)
    pytester.makeini(f"[pytest]\nbase_url = {apps['second']}\n")
    run(pytester, monkeypatch, "second").assert_outcomes(passed=1)
    run(pytester, monkeypatch, "first", f"--base-url={apps['first']}").assert_outcomes(passed=1)


def test_ps_base_url_works_beside_base_url_and_wins(pytester, monkeypatch, apps):
    pytester.makepyfile(test_app=RELATIVE_URL)
    run(pytester, monkeypatch, "second", f"--ps-base-url={apps['second']}") \
        .assert_outcomes(passed=1)
    run(pytester, monkeypatch, "second", f"--ps-base-url={apps['second']}",
        f"--base-url={apps['first']}").assert_outcomes(passed=1)
    # Without either plugin, --ps-base-url is the one option there is.
    run(pytester, monkeypatch, "first", *NO_PLAYWRIGHT, *NO_BASE_URL,
        f"--ps-base-url={apps['first']}").assert_outcomes(passed=1)


def test_base_url_wins_over_the_environment_and_a_base_url_fixture_is_honoured(
        pytester, monkeypatch, apps):
    pytester.makepyfile(test_app=RELATIVE_URL)
    monkeypatch.setenv("EXPECTED_APP", "first")
    monkeypatch.setenv("PARALLEL_SESSION_BASE_URL", apps["second"])
    pytester.runpytest_subprocess("-p", "no:cacheprovider", f"--base-url={apps['first']}") \
        .assert_outcomes(passed=1)
    # A project's own base_url fixture, as pytest-base-url users compute the URL.
    pytester.makeconftest(f"""
import pytest

@pytest.fixture(scope="session")
def base_url():
    return {apps['first']!r}
""")
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_an_invalid_base_url_is_a_clear_error(pytester, monkeypatch):
    pytester.makepyfile(test_app=RELATIVE_URL)
    result = run(pytester, monkeypatch, "first", "--base-url=localhost:8000")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([
        "*Invalid value 'localhost:8000' for the base_url fixture (option --base-url or base_url "
        "in the ini file): expected an absolute http:// or https:// URL."])
