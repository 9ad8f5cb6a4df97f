"""Keywords that find sessions, switch between them and run one keyword in another."""

from __future__ import annotations

from typing import Any

from robot.api.deco import keyword
from robot.libraries.BuiltIn import BuiltIn

from ..core.errors import describe_ids
from ..rf.component import LibraryComponent


class SwitchingKeywords(LibraryComponent):

    @keyword
    def switch_to_session(self, id: str) -> str | None:
        """Makes session ``id`` current and returns the id that was current before.

        | ${previous}= | Switch To Session | admin |
        | Click | button[data-action="approve"] |
        | Switch To Session | ${previous} |
        """
        handle = self.manager.require_session(id)
        handle.touch()
        previous = self.focus.switch(id)
        self.log(id, f"Switched from session '{previous}'." if previous else "Switched to session.")
        return previous

    @keyword
    def get_current_session(self) -> str | None:
        """Returns the id of the current session, or ``None`` when no session is current.

        | ${id}= | Get Current Session |
        """
        session_id = self.focus.current
        return session_id if session_id and self.manager.has_session(session_id) else None

    @keyword
    def get_session_ids(self, role: str | None = None) -> list[str]:
        """Returns the ids of open sessions, optionally only those of ``role``.

        | ${all}=    | Get Session Ids |
        | ${admins}= | Get Session Ids | role=admin |
        """
        return [s.session_id for s in self.manager.sessions(role)]

    @keyword
    def get_session_info(self, id: str | None = None) -> dict[str, Any]:
        """Returns a dictionary describing session ``id`` (the current one by default).

        Keys: ``id``, ``role``, ``username``, ``url``, ``page``, ``pages``,
        ``opened_at`` (ISO 8601), ``idle_seconds``, ``prewarmed`` (the context came
        ready from the ``prewarm`` pool) and ``server``: the browser server the
        session runs on, such as ``server 2 (ws://127.0.0.1:3000/...)``, with
        several ``browser_endpoint`` servers (see `Configuration`), else ``None``.
        Passwords are never included.

        | ${info}= | Get Session Info | account_alice |
        | Should Be Equal | ${info}[username] | alice |
        """
        handle = self.current_session() if id is None else self.manager.require_session(id)
        return handle.info()

    @keyword
    def session_should_exist(self, id: str) -> None:
        """Fails unless session ``id`` is open.

        | Session Should Exist | admin |
        """
        if not self.manager.has_session(id):
            raise AssertionError(f"Session '{id}' should be open but is not; open sessions: "
                                 f"{describe_ids(self.manager.session_ids)}.")

    @keyword
    def session_should_not_exist(self, id: str) -> None:
        """Fails if session ``id`` is open.

        | Close Session | admin |
        | Session Should Not Exist | admin |
        """
        if self.manager.has_session(id):
            raise AssertionError(f"Session '{id}' should not be open but is.")

    @keyword
    def run_keyword_in_session(self, id: str, keyword: str, /, *args: Any) -> Any:
        """Runs ``keyword`` with ``args`` while session ``id`` is current; returns its value.

        The session that was current before is current again afterwards, also
        when the keyword fails.

        | ${status}= | Run Keyword In Session | account_alice | Get Text | .status |
        """
        self.manager.require_session(id)
        with self.focus.visiting(id):
            return BuiltIn().run_keyword(keyword, *args)
