"""Several browser servers: parsing browser_endpoint, placing sessions, losing a server."""

import asyncio
import importlib.util
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ParallelSessions.core.errors import BrowserNotFoundError, ConfigurationError
from ParallelSessions.evidence.log_html import caption, sessions_table_html
from ParallelSessions.browser.runtime import BrowserRuntime
from ParallelSessions.browser.servers import BrowserServers
from ParallelSessions.core.endpoints import address, parse_endpoints
from ParallelSessions.core.settings import Settings

PROCESS_TOOLS = Path(__file__).resolve().parent.parent / "atest" / "resources" / "ProcessTools.py"
ENV = "PARALLEL_SESSION_BROWSER_ENDPOINT"


# -- parsing -------------------------------------------------------------------


def test_one_endpoint_or_several_as_comma_separated_text_or_a_list():
    assert parse_endpoints("ws://127.0.0.1:1/a") == ("ws://127.0.0.1:1/a",)
    assert parse_endpoints(" ws://h:1/a , wss://h:2/b, ") == ("ws://h:1/a", "wss://h:2/b")
    assert parse_endpoints(["ws://h:1", "ws://h:2"]) == ("ws://h:1", "ws://h:2")
    assert parse_endpoints("  ") is None
    settings = Settings.load({}, {ENV: "ws://h:1/a,ws://h:2/b"})
    assert settings.browser_endpoint == ("ws://h:1/a", "ws://h:2/b")


def test_a_bad_entry_is_named_with_what_is_valid():
    with pytest.raises(ConfigurationError) as error:
        Settings.load({"browser_endpoint": "ws://h:1/a, http://h:2"}, {})
    assert str(error.value) == (
        "Invalid value 'ws://h:1/a, http://h:2' for import argument browser_endpoint: expected a "
        "ws:// or wss:// address of a Playwright browser server, or several separated by commas, "
        "but entry 2 'http://h:2' is not one.")
    with pytest.raises(ConfigurationError, match=r"^Invalid value 'h:1' for environment variable "
                       rf"{ENV}: expected a ws:// or wss:// address of a Playwright browser "
                       r"server\.$"):
        Settings.load({}, {ENV: "h:1"})
    for bad in ("ws://h:port/a", "ws:///a", "ws://"):
        with pytest.raises(ValueError):
            parse_endpoints(["ws://h:1", bad])


def test_a_list_of_only_commas_is_refused_rather_than_running_a_local_browser():
    # browser_endpoint=${A},${B} with both variables empty: not the same as giving none.
    with pytest.raises(ConfigurationError) as error:
        Settings.load({"browser_endpoint": ",,"}, {})
    assert str(error.value) == (
        "Invalid value ',,' for import argument browser_endpoint: expected a ws:// or wss:// "
        "address of a Playwright browser server, but it lists none (only commas).")
    assert parse_endpoints("") is None


def test_a_server_listed_twice_is_refused_without_showing_its_path():
    with pytest.raises(ValueError) as error:
        parse_endpoints("ws://h:1/secret, ws://h:2/x, ws://h:1/secret")
    assert str(error.value) == ("each browser server listed once, but entry 3 'ws://h:1/...' "
                                "repeats entry 1")


def test_a_server_is_shown_without_its_path_or_credentials():
    assert address("ws://127.0.0.1:4000/0f1e2d3c4b5a") == "ws://127.0.0.1:4000/..."
    assert address("wss://user:pw@grid.example:443/?token=abc") == "wss://grid.example:443/..."
    assert address("ws://127.0.0.1:4000") == "ws://127.0.0.1:4000"
    assert address("ws://[::1]:4000/") == "ws://[::1]:4000"


# -- placement (no browser involved: contexts being opened count as load) -----------------------


def servers(count):
    return BrowserServers(tuple(f"ws://127.0.0.1:{4000 + n}/g" for n in range(count)),
                          connect=None, on_lost=None)


def test_the_least_loaded_server_is_chosen_and_a_tie_goes_to_the_first_listed():
    pool = servers(3)
    first, second, third = pool.servers
    assert pool.place() == [first]
    first.opening = 1
    assert pool.place() == [second]
    second.opening = 1
    assert pool.place() == [third]
    third.opening = 1
    assert pool.place() == [first]
    first.opening, second.opening, third.opening = 3, 2, 2
    assert pool.place() == [second]
    assert [s.name for s in pool.servers] == [
        "server 1 (ws://127.0.0.1:4000/...)", "server 2 (ws://127.0.0.1:4001/...)",
        "server 3 (ws://127.0.0.1:4002/...)"]


def test_a_server_that_is_down_gets_no_sessions_until_every_server_is_down():
    pool = servers(2)
    first, second = pool.servers
    first.opening, second.down = 5, True
    assert pool.place() == [first]
    first.down = True
    assert pool.place() == [first, second]  # all down: each tried again, in order


# -- real browser servers ----------------------------------------------------------------


@pytest.fixture
def process_tools():
    """atest's ProcessTools: starts browser servers, and stops them (and their Chromium) after."""
    spec = importlib.util.spec_from_file_location("process_tools_for_utest", PROCESS_TOOLS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tools = module.ProcessTools()
    yield tools
    tools.stop_browser_servers()


def open_session(runtime, session_id):
    async def create(manager):
        return await manager.create_session("anonymous", session_id)

    return runtime.run_with_browser(create)


def test_sessions_opened_together_spread_and_a_dead_server_loses_only_its_own(process_tools):
    endpoints = process_tools.start_browser_servers(2)
    runtime = BrowserRuntime(Settings(browser_endpoint=tuple(endpoints), max_sessions=10))
    manager = runtime.manager
    try:
        async def open_four(_):
            return await asyncio.gather(*(manager.create_session("anonymous", f"s{n}")
                                          for n in range(1, 5)))

        handles = runtime.run_with_browser(open_four)
        placed = {h.session_id: h.info()["server"].split(" (")[0] for h in handles}
        assert sorted(placed.values()) == ["server 1", "server 1", "server 2", "server 2"]
        name = handles[0].info()["server"]
        assert caption(handles[0]).endswith(f" · {name}")
        table = sessions_table_html(handles, None)
        assert "<th>server</th>" in table and f"<td>{name}</td>" in table
        assert all(urlsplit(e).path.strip("/") not in table for e in endpoints)
        on_first = sorted(i for i, server in placed.items() if server == "server 1")

        process_tools.kill_browser_server(endpoints[0])
        assert runtime.browser_died()
        lost = runtime.take_lost_sessions()
        assert sorted(lost) == on_first
        assert str(runtime.lost_error(lost)) == (
            f"Browser server 1 ({address(endpoints[0])}) stopped unexpectedly (crashed or was "
            f"killed) and 2 session(s) were lost: {', '.join(lost)}; sessions on the other "
            f"servers go on, and new sessions open on the servers still running.")
        assert sorted(manager.session_ids) == sorted(set(placed) - set(on_first))
        second = f"server 2 ({address(endpoints[1])})"
        assert open_session(runtime, "after").info()["server"] == second
        # Were server 2 thought down too, every server is tried again in order: 1 cannot be
        # reached, so the session still opens on 2.
        manager.browser.servers[1].down = True
        assert open_session(runtime, "retried").info()["server"] == second
    finally:
        assert runtime.shutdown() == []


def test_a_server_that_cannot_be_reached_fails_one_session_and_the_next_goes_elsewhere(
        process_tools):
    endpoints = ("ws://127.0.0.1:9/nothing", *process_tools.start_browser_servers(1))
    runtime = BrowserRuntime(Settings(browser_endpoint=endpoints))
    try:
        with pytest.raises(BrowserNotFoundError, match=re.escape(
                "Cannot connect to browser server 1 at ws://127.0.0.1:9/... (browser_endpoint "
                "or PARALLEL_SESSION_BROWSER_ENDPOINT): ")):
            open_session(runtime, "first")
        assert open_session(runtime, "second").info()["server"] == \
            f"server 2 ({address(endpoints[1])})"
    finally:
        assert runtime.shutdown() == []
