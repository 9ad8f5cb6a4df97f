"""The seed document's pytest examples, copied verbatim, run as a user's project runs them.

The temporary project has no pytest configuration (so pytest-asyncio's defaults:
strict mode, function-scoped loops), only a conftest.py that starts the demo
portal and tells the plugin how to log in, as a user's conftest would for
their application.
"""

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ATEST = Path(__file__).resolve().parent.parent / "atest"

CONFTEST = f"""
import json
import sys
import urllib.request

import pytest

sys.path.insert(0, {str(ATEST)!r})
from portal.control import PortalProcess

PASSWORD = "user-pass-123"


@pytest.fixture(scope="session")
def portal_url():
    portal = PortalProcess()
    yield portal.start()
    portal.stop()


@pytest.fixture
def parallel_sessions_base_url(portal_url):
    urllib.request.urlopen(urllib.request.Request(f"{{portal_url}}/_test/reset", method="POST")).close()
    return portal_url


async def log_in_admin(session):
    await session.page.goto("/admin/login")
    await session.page.fill("#username", "admin")
    await session.page.fill("#password", "admin-pass")
    await session.page.click("button[type=submit]")
    await session.page.wait_for_url("**/admin/dashboard")


async def log_in_account(session):
    # Every account session is a fresh, active account named after the session.
    username = session.username or session.session_id
    body = json.dumps({{"username": username, "password": PASSWORD, "status": "Active"}})
    await session.page.request.post("/_test/accounts", data=body,
                                    headers={{"Content-Type": "application/json"}})
    await session.page.goto("/account/login")
    await session.page.fill("#username", username)
    await session.page.fill("#password", PASSWORD)
    await session.page.click("button[type=submit]")
    await session.page.wait_for_url("**/account/dashboard")


@pytest.fixture
def parallel_sessions_logins():
    return {{"admin": log_in_admin, "account": log_in_account}}
"""

# The seed's four example tests, character for character (only the imports added).
SEED_EXAMPLES = '''
import pytest


@pytest.mark.asyncio
async def test_admin_approves_user_sees_update(session_manager):
    """Admin approval is immediately visible to user."""
    # Setup: Admin and user sessions
    admin = await session_manager.admin_session()
    user = await session_manager.create_session('account')
    
    # User registers (gets pending status)
    await user.page.goto('/account/register')
    # ... fill registration form ...
    
    # Admin approves the account
    await admin.page.goto('/admin/accounts/pending')
    await admin.page.click('button[data-action="approve"]')
    
    # User refreshes and sees approval
    await user.page.reload()
    assert await user.page.text_content('.status') == 'Active'


@pytest.mark.asyncio
async def test_concurrent_token_creation(session_manager):
    """Multiple users creating tokens simultaneously."""
    import asyncio
    
    async def create_token(session_id: str):
        session = await session_manager.create_session('account', session_id)
        await session.page.goto('/account/tokens/new')
        await session.page.fill('#name', f'Token-{session_id}')
        await session.page.click('button[type="submit"]')
        return await session.page.text_content('.token-value')
    
    # Create 3 tokens concurrently
    tokens = await asyncio.gather(
        create_token('user1'),
        create_token('user2'),
        create_token('user3'),
    )
    
    # Verify all tokens are unique
    assert len(set(tokens)) == 3


@pytest.mark.asyncio
async def test_sessions_are_isolated(session_manager):
    """Verify sessions don't share authentication state."""
    admin = await session_manager.admin_session()
    anon = await session_manager.create_session('anonymous')
    
    # Admin can access dashboard
    await admin.page.goto('/admin/dashboard')
    assert '/admin/dashboard' in admin.page.url
    
    # Anonymous session cannot
    await anon.page.goto('/admin/dashboard')
    assert '/admin/login' in anon.page.url  # Redirected to login


@pytest.mark.asyncio
async def test_with_diagnostics(session_manager):
    """Test that captures state on failure."""
    admin = await session_manager.admin_session()
    
    try:
        # Test operations...
        await admin.page.click('#nonexistent')
    except Exception as e:
        # Capture diagnostic info
        await admin.page.screenshot(path=f'failure_{admin.session_id}.png')
        raise
'''


@pytest.mark.parametrize("plugins", [[], ["-p", "no:playwright-asyncio"]],
                         ids=["with-pytest-playwright-asyncio", "without-pytest-playwright-asyncio"])
def test_the_seed_examples_run_verbatim(pytester, monkeypatch, plugins):
    # Two examples wait in vain for this long; the others' logins and fills must not run out of
    # it on a busy machine (2 s did, with the acceptance suites running beside).
    monkeypatch.setenv("PARALLEL_SESSION_ACTION_TIMEOUT", "8s")
    monkeypatch.delenv("PARALLEL_SESSION_BROWSER_PATH", raising=False)
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_seed=SEED_EXAMPLES)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *plugins, "-rA")

    result.assert_outcomes(passed=2, failed=2)
    # The seed leaves out filling the registration form, so no account is pending; the
    # diagnostics example clicks a missing element on purpose.
    result.stdout.fnmatch_lines([
        "*_ test_admin_approves_user_sees_update _*",
        "*TimeoutError: Page.click: Timeout 8000ms exceeded.",
        '*waiting for locator("button[[]data-action=\\"approve\\"[]]")',  # [[] is a [
        "*_ test_with_diagnostics _*",
        "*TimeoutError: Page.click: Timeout 8000ms exceeded.",
        '*waiting for locator("#nonexistent")',
    ])
    assert {line.split()[1] for line in result.stdout.lines if line.startswith("PASSED")} == {
        "test_seed.py::test_concurrent_token_creation", "test_seed.py::test_sessions_are_isolated"}
    result.stdout.no_fnmatch_line("*attached to a different loop*")
    result.stdout.no_fnmatch_line("*Executable doesn't exist*")

    # The example's own diagnostics, and the plugin's screenshot of every open session.
    assert (pytester.path / "failure_admin.png").read_bytes()[:4] == b"\x89PNG"
    shots = pytester.path / "test-results" / "test_seed.py_test_with_diagnostics"
    assert sorted(p.name for p in shots.iterdir()) == ["admin.png"]
