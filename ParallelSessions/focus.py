"""Which session page keywords act on, and which one was used before it."""

from __future__ import annotations


class SessionFocus:
    """The current session plus the order sessions were used in.

    Closing the current session makes the previously used open session
    current again, like closing a browser tab returns to the last one.
    """

    def __init__(self) -> None:
        self._used: list[str] = []

    @property
    def current(self) -> str | None:
        return self._used[-1] if self._used else None

    def switch(self, session_id: str) -> str | None:
        """Makes ``session_id`` current and returns the previous current id."""
        previous = self.current
        if session_id in self._used:
            self._used.remove(session_id)
        self._used.append(session_id)
        return previous

    def forget(self, session_id: str) -> None:
        if session_id in self._used:
            self._used.remove(session_id)

    def clear(self) -> None:
        self._used.clear()
