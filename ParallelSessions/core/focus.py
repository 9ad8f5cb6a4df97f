"""Which session page keywords act on, and which one was used before it."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator


class SessionFocus:
    """The current session plus the order sessions were used in.

    The current session is the most recently used one that is still open, so
    closing it (or anything closing it along with another session) makes the
    previously used open session current again, like closing a browser tab.
    """

    def __init__(self, is_open: Callable[[str], bool] = lambda session_id: True) -> None:
        self._used: list[str] = []
        self._is_open = is_open

    @property
    def current(self) -> str | None:
        self._used = [session_id for session_id in self._used if self._is_open(session_id)]
        return self._used[-1] if self._used else None

    def switch(self, session_id: str) -> str | None:
        """Makes ``session_id`` current and returns the previous current id."""
        previous = self.current
        if session_id in self._used:
            self._used.remove(session_id)
        self._used.append(session_id)
        return previous

    @contextmanager
    def visiting(self, session_id: str) -> Iterator[None]:
        """Makes ``session_id`` current for a block, then the previous one again (if open)."""
        previous = self.switch(session_id)
        try:
            yield
        finally:
            if previous is not None and self._is_open(previous):
                self.switch(previous)

    def forget(self, session_id: str) -> None:
        if session_id in self._used:
            self._used.remove(session_id)

    def clear(self) -> None:
        self._used.clear()
