"""Logins kept for reuse: each identity logs in once, later sessions start from its state."""

from __future__ import annotations

from .session import SessionHandle

Identity = tuple[str, str]  # (role, username or "")


class SavedLogins:
    """Storage state and URL of each identity after its login keyword succeeded.

    Kept in memory only: the state holds session cookies, which must not land
    on disk or in logs. Does nothing unless ``enabled`` (``reuse_logins``).
    """

    def __init__(self, enabled: bool = False):
        self.enabled = enabled
        self._saved: dict[Identity, tuple[dict, str | None]] = {}

    def get(self, role: str, username: str | None) -> tuple[dict, str | None] | None:
        """(state, URL) saved after an earlier login of this identity, or None."""
        return self._saved.get((role, username or "")) if self.enabled else None

    async def remember(self, handle: SessionHandle) -> None:
        """Saves a freshly logged-in session's cookies, storage and URL for the next one."""
        if self.enabled:
            state = await handle.context.storage_state()
            self._saved[(handle.role, handle.username or "")] = (state, handle.url)

    def forget(self) -> list[str]:
        """Drops every saved login; returns the identities as ``role username``."""
        forgotten = [f"{role} {user}".strip() for role, user in self._saved]
        self._saved.clear()
        return forgotten
