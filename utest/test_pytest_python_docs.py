"""docs/python.md describes the Python API that pytest users call."""

import inspect
import re
from pathlib import Path

import pytest

from ParallelSessions import ParallelSessionManager, SessionHandle

DOC = (Path(__file__).resolve().parent.parent / "docs" / "python.md").read_text()

# What a pytest user reaches for. Helpers the keyword library alone calls
# (saved_login, forget_all, ...) are left out on purpose.
USER_API = ["create_session", "get_session", "require_session", "has_session", "session_ids", "sessions",
            "roles", "admin_session", "account_session", "temporary_session",
            "create_api_session", "reset_session", "close_session", "close_all", "close_idle",
            "set_login", "forget_role", "forget_logins", "screenshot_all"]


@pytest.mark.parametrize("name", USER_API)
def test_every_user_facing_member_is_documented(name):
    assert hasattr(ParallelSessionManager, name)
    assert re.search(rf"`(await )?{name}\b", DOC), f"docs/python.md does not describe {name}"


def test_the_documented_signatures_are_the_real_ones():
    constructor = inspect.signature(ParallelSessionManager.__init__)
    for parameter in list(constructor.parameters.values())[1:]:
        assert re.search(rf"\b{parameter.name}\b", DOC), parameter.name
    for field in ("session_id", "role", "context", "page", "username", "password", "opened_at",
                  "url", "page_errors", "request", "base_url", "headers", "source"):
        assert hasattr(SessionHandle, field) or field in SessionHandle.__dataclass_fields__
        assert f"`{field}`" in DOC, field
