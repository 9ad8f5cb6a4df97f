"""Roles: the kinds of actor a session can be, and the login each one runs.

The built-in roles (admin, account, anonymous, api) always exist; any other name
becomes a role when it is given a login, so a typo fails with the valid roles
instead of opening a session nobody logs in.
"""

from __future__ import annotations

import re
from typing import Any, Awaitable, Callable

from .errors import UnknownRoleError
from .session import BUILT_IN_ROLES, SessionHandle

LoginCallable = Callable[[SessionHandle], Awaitable[Any]]
# Role names and session ids: letters, digits and _ . @ -.
SESSION_ID = re.compile(r"^[\w.@-]+$")


class Roles:
    """The valid role names and each role's login (None: the role has none)."""

    def __init__(self) -> None:
        self._logins: dict[str, LoginCallable | None] = {}

    @property
    def names(self) -> list[str]:
        return list(BUILT_IN_ROLES) + sorted(r for r in self._logins if r not in BUILT_IN_ROLES)

    def set_login(self, role: str, login: LoginCallable | None) -> None:
        self._logins[self.normalise(role, allow_new=True)] = login

    def forget(self, role: str) -> None:
        self._logins.pop(self.normalise(role), None)

    def login_of(self, role: str) -> LoginCallable | None:
        return self._logins.get(role)

    def normalise(self, role: str, allow_new: bool = False) -> str:
        """``role`` as stored (lower case); an invalid or unknown name fails with a sentence."""
        name = str(role).strip().lower()
        if not SESSION_ID.match(name):
            raise UnknownRoleError(f"Role '{role}' is not a valid name; use letters, digits and _ . -.")
        if not allow_new and name not in self.names:
            raise UnknownRoleError(
                f"Unknown role '{role}'; valid roles are {', '.join(self.names)} "
                f"(give a new role a login keyword first).")
        return name
