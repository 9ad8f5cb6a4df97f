"""Keywords about logging in: which keyword logs a role in, and the logins kept for reuse.
"""

from __future__ import annotations

from robot.api import logger
from robot.api.deco import keyword

from ..core.errors import ConfigurationError
from ..core.session import API
from ..rf.component import LibraryComponent


class LoginKeywords(LibraryComponent):

    @keyword
    def set_login_keyword(self, role: str, keyword: str | None) -> str | None:
        """Sets the keyword that logs a new session of ``role`` in; returns the previous one.

        The keyword runs right after the session opens, with that session
        current, and receives the session's username and password (as a
        Robot Framework ``Secret``) when the session has them. Giving a new role
        name (for example ``moderator``) makes that role valid for `Open Session`.
        ``NONE`` removes the login keyword (and a role that is not built in).

        | Set Login Keyword | admin     | Log In As Admin |
        | Set Login Keyword | moderator | Log In As Moderator |
        | Open Session      | moderator |
        """
        role_name = str(role).strip().lower()
        previous = self.library.login_keywords.get(role_name)
        if role_name == API and keyword and keyword.strip().upper() != "NONE":
            raise ConfigurationError(
                "Role 'api' never logs in, so a login keyword for it would never run: API "
                "sessions send a token instead (Open API Session  bearer_token=...) or share "
                "a browser session's cookies (source=...). Give the login keyword to admin, "
                "account or a role of your own.")
        if keyword and keyword.strip().upper() != "NONE":
            self.manager.set_login(role_name, None)
            self.library.login_keywords[role_name] = keyword
        elif previous:
            self.manager.forget_role(role_name)
            del self.library.login_keywords[role_name]
        return previous

    @keyword
    def forget_saved_logins(self) -> list[str]:
        """Forgets the logins kept by ``reuse_logins``; returns the identities forgotten.

        Use it when the application's data was reset, so that saved cookies would
        no longer be valid: the next session of each identity logs in again.
        With ``login_state_dir`` the identities' files in that folder are removed,
        so every process of the run logs in again.

        | Reset Application Data |
        | Forget Saved Logins |
        """
        forgotten = self.manager.forget_logins()
        folder = self.manager.logins.state_dir
        where = f" (removed their files from {folder})" if folder and forgotten else ""
        logger.info(f"Forgot saved logins: {', '.join(forgotten) or 'none'}{where}.")
        return forgotten
