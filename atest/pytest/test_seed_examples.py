"""The seed's three examples, written against the pytest fixtures of ParallelSessions."""

import asyncio

from playwright.async_api import expect

from conftest import PASSWORD


async def test_admin_approves_user_sees_update(session_manager, admin_session, create_account):
    create_account("alice", status="Pending")
    user = await session_manager.account_session("alice", PASSWORD)
    await expect(user.page.locator(".status")).to_have_text("Pending")

    await admin_session.page.goto("/admin/accounts/pending")
    await admin_session.page.click('[data-username="alice"] button[data-action="approve"]')
    await expect(admin_session.page.locator(".flash")).to_have_text("Account alice approved")

    await user.page.reload()
    await expect(user.page.locator(".status")).to_have_text("Active")


async def test_concurrent_token_creation(session_manager, create_account):
    users = [await session_manager.account_session(create_account(f"user{i}"), PASSWORD)
             for i in range(3)]

    async def create_token(session, name):
        await session.page.goto("/account/tokens/new")
        await session.page.fill("#name", name)
        await session.page.click("button[type=submit]")
        return await session.page.locator(".token-value").inner_text()

    tokens = await asyncio.gather(*(create_token(u, f"token-{u.username}") for u in users))
    assert len(tokens) == 3
    assert len(set(tokens)) == 3, "every token must be unique"


async def test_session_isolation(session_manager, admin_session, user_session):
    anonymous = await session_manager.create_session("anonymous")
    await anonymous.page.goto("/admin/dashboard")
    assert "/admin/login" in anonymous.page.url
    assert await anonymous.context.cookies() == []

    await user_session.page.goto("/admin/dashboard")
    assert "/admin/login" in user_session.page.url
    admin_cookies = {c["name"] for c in await admin_session.context.cookies()}
    assert admin_cookies == {"admin_session"}
    assert await user_session.page.evaluate("localStorage.getItem('portal.role')") is None

    alice = await session_manager.create_session("account", "alice")
    await alice.page.goto("/account/login")
    await session_manager.close_session("alice")
    assert await session_manager.get_session("alice") is None


async def test_the_sessions_live_in_pytest_playwrights_browser(parallel_sessions_browser,
                                                               launched_by_pytest_playwright):
    """With pytest-playwright-asyncio installed, its fixtures launched the sessions' browser."""
    assert parallel_sessions_browser in launched_by_pytest_playwright
