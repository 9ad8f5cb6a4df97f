"""The library's listener: lifecycle hooks Robot Framework calls on the main thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .library import ParallelSessions


class LibraryListener:
    """Closes every session and the browser when the library goes out of scope.

    Robot calls ``close`` at the end of the run for a global library, also after
    a failure or a graceful stop (first Ctrl-C, SIGTERM).
    """

    ROBOT_LISTENER_API_VERSION = 3

    def __init__(self, library: "ParallelSessions"):
        self.library = library

    def close(self) -> None:
        self.library.focus.clear()
        self.library.runtime.shutdown()
