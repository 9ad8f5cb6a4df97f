"""The session manager against a real Chromium: ids, isolation, the cap, errors."""

import pytest

from ParallelSessions.core.errors import (DuplicateSessionError, LoginError, SessionLimitError,
                                     SessionNotFoundError, UnknownRoleError)
from ParallelSessions.core.manager import ParallelSessionManager

PAGE = "data:text/html,<title>t</title><p>hello</p>"


@pytest.fixture
def manager(chromium, loop):
    manager = ParallelSessionManager(chromium, max_sessions=3, limit_source="max_sessions")
    yield manager
    loop.run(manager.close_all())


def test_default_ids_are_role_and_smallest_free_number(manager, loop):
    first = loop.run(manager.create_session("account"))
    second = loop.run(manager.create_session("account"))
    assert (first.session_id, second.session_id) == ("account_1", "account_2")
    loop.run(manager.close_session("account_1"))
    assert loop.run(manager.create_session("account")).session_id == "account_1"


def test_sessions_are_isolated_cookies_and_local_storage(manager, loop):
    async def scenario():
        alice = await manager.create_session("account", "alice")
        bob = await manager.create_session("account", "bob")
        await alice.context.add_cookies([{"name": "who", "value": "alice",
                                          "url": "http://127.0.0.1:9/"}])
        await alice.page.route("http://127.0.0.1:9/**", lambda r: r.fulfill(body="<p>x</p>",
                                                                            content_type="text/html"))
        await bob.page.route("http://127.0.0.1:9/**", lambda r: r.fulfill(body="<p>x</p>",
                                                                          content_type="text/html"))
        await alice.page.goto("http://127.0.0.1:9/")
        await alice.page.evaluate("localStorage.setItem('k', 'alice')")
        await bob.page.goto("http://127.0.0.1:9/")
        return (await alice.context.cookies(), await bob.context.cookies(),
                await alice.page.evaluate("localStorage.getItem('k')"),
                await bob.page.evaluate("localStorage.getItem('k')"))

    alice_cookies, bob_cookies, alice_item, bob_item = loop.run(scenario())
    assert [c["value"] for c in alice_cookies] == ["alice"]
    assert bob_cookies == []
    assert (alice_item, bob_item) == ("alice", None)


def test_cap_names_the_limit_and_where_it_is_set(manager, loop):
    for _ in range(3):
        loop.run(manager.create_session("anonymous"))
    with pytest.raises(SessionLimitError) as error:
        loop.run(manager.create_session("admin", "admin"))
    assert str(error.value) == ("Cannot open session 'admin': 3 sessions are open, the maximum of 3 "
                                "set by max_sessions; close one or raise the limit.")


def test_duplicate_id_and_unknown_role(manager, loop):
    loop.run(manager.create_session("admin", "admin"))
    with pytest.raises(DuplicateSessionError, match="Session 'admin' is already open"):
        loop.run(manager.create_session("admin", "admin"))
    with pytest.raises(UnknownRoleError) as error:
        loop.run(manager.create_session("admn"))
    assert str(error.value) == ("Unknown role 'admn'; valid roles are admin, account, anonymous, api "
                                "(give a new role a login keyword first).")


def test_unknown_and_closed_ids_list_the_open_ones(manager, loop):
    loop.run(manager.create_session("admin", "admin"))
    loop.run(manager.create_session("account", "account_bob"))
    loop.run(manager.close_session("account_bob"))
    with pytest.raises(SessionNotFoundError) as error:
        loop.run(manager.close_session("account_bob"))
    assert str(error.value) == "Session 'account_bob' was closed; open sessions: admin."
    with pytest.raises(SessionNotFoundError) as error:
        manager.require_session("nobody")
    assert str(error.value) == "Session 'nobody' does not exist; open sessions: admin."


def test_get_session_returns_none_for_an_unknown_or_closed_id_as_the_seed_documents(manager, loop):
    admin = loop.run(manager.create_session("admin", "admin"))
    loop.run(manager.create_session("account", "alice"))
    loop.run(manager.close_session("alice"))
    assert loop.run(manager.get_session("admin")) is admin
    assert manager.require_session("admin") is admin
    assert loop.run(manager.get_session("alice")) is None
    assert loop.run(manager.get_session("nobody")) is None


def test_custom_role_login_runs_and_failed_login_closes_the_session(manager, loop):
    calls = []

    async def login(session):
        calls.append(session.session_id)
        await session.page.goto(PAGE)

    async def broken_login(session):
        raise RuntimeError("wrong password")

    manager.set_login("moderator", login)
    handle = loop.run(manager.create_session("moderator"))
    assert calls == ["moderator_1"] and handle.page.url.startswith("data:")
    manager.set_login("admin", broken_login)
    with pytest.raises(LoginError) as error:
        loop.run(manager.admin_session())
    assert str(error.value) == ("Login of role 'admin' failed in session 'admin', so the session was "
                                "closed: wrong password")
    assert not manager.has_session("admin")


def test_account_session_is_reused_per_username(manager, loop):
    first = loop.run(manager.account_session("alice"))
    again = loop.run(manager.account_session("alice"))
    assert first is again and first.session_id == "account_alice" and first.username == "alice"


def test_temporary_session_is_closed_also_on_failure(manager, loop):
    async def scenario():
        async with manager.temporary_session("anonymous") as session:
            assert manager.has_session(session.session_id)
            raise ValueError("boom")

    with pytest.raises(ValueError):
        loop.run(scenario())
    assert manager.session_ids == []


def test_reset_session_clears_state(manager, loop):
    async def scenario():
        session = await manager.create_session("anonymous", "anonymous")
        await session.context.add_cookies([{"name": "a", "value": "b", "url": "http://127.0.0.1:9/"}])
        await manager.reset_session("anonymous")
        return await session.context.cookies()

    assert loop.run(scenario()) == []


def test_close_all_closes_every_session(manager, loop):
    loop.run(manager.create_session("admin"))
    loop.run(manager.create_session("account"))
    assert sorted(loop.run(manager.close_all())) == ["account_1", "admin_1"]
    assert manager.session_ids == []


def test_idle_closing_includes_api_sessions_closed_with_their_source(manager, loop):
    loop.run(manager.create_session("anonymous", "browser"))
    loop.run(manager.create_api_session("api", from_session="browser"))
    assert sorted(loop.run(manager.close_idle(0))) == ["api", "browser"]
    assert manager.session_ids == []


def test_reuse_logins_logs_each_identity_in_once(chromium, loop):
    manager = ParallelSessionManager(chromium, reuse_logins=True)
    logins = []

    async def login(session):
        logins.append(session.username)
        await session.context.add_cookies([{"name": "auth", "value": session.username,
                                             "url": "http://127.0.0.1:9/"}])

    manager.set_login("account", login)

    async def scenario():
        first = await manager.account_session("alice", "pw")
        await manager.close_session(first.session_id)
        again = await manager.account_session("alice", "pw")
        other = await manager.account_session("bob", "pw")
        cookies = [c["value"] for c in await again.context.cookies()]
        await manager.close_all()
        return again.reused_login, other.reused_login, cookies

    reused, other_reused, cookies = loop.run(scenario())
    assert logins == ["alice", "bob"]
    assert (reused, other_reused, cookies) == (True, False, ["alice"])
    assert manager.forget_logins() == ["account alice", "account bob"]
    assert manager.logins.get("account", "alice") is None
